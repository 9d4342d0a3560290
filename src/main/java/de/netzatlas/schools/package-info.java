/**
 * Schulen ans Netz: the register of schools and their gigabit connection (record, validation,
 * repository, audited service on the shared {@code de.netzatlas.asset} piece, CSV import/export,
 * KPIs by Kreis and Land, deterministic demo data).
 */
package de.netzatlas.schools;
