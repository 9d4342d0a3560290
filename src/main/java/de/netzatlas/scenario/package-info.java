/**
 * Rollout projection: pure functions from a coverage baseline and project deliveries to yearly
 * shares per Land, Kreis and Gemeinde and their gap against the targets. No database, no JavaFX;
 * the later scenario engine (budgets, capacity, alternatives) builds on these.
 */
package de.netzatlas.scenario;
