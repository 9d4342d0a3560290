/**
 * Editing areas on the map: the polygon draft being drawn (pure, unit-tested; vertices, snapping,
 * validity with German messages) and the Gluon layer that shows it while the user draws.
 */
package de.netzatlas.map.edit;
