/**
 * Regions and coverage on screen: the region navigator and detail pane, the coverage toolbar,
 * coverage map and coverage details for the selected Gemeinde, Kreis or Land, with their view
 * models.
 */
package de.netzatlas.ui.region;
