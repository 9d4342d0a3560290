/**
 * The map on screen: the map pane over Gluon Maps with the canvas layers, the layer panel and
 * feature details, point dragging and the area editor, the basemap choice and the offline
 * prefetch dialog with their view models.
 */
package de.netzatlas.ui.map;
