/**
 * ITN-XT Standorte: the register of the Landesdatennetz sites and their migration from the old
 * network (record, validation, repository, audited service on the shared {@code de.netzatlas.asset}
 * piece, CSV import/export, KPIs by class and Kreis, demo sites at real administrative seats).
 */
package de.netzatlas.sites;
