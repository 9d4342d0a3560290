/**
 * Feature layers on the map, JOSM style: one {@link de.netzatlas.map.layer.FeatureLayer} per data
 * set (points, lines/polygons, choropleth), kept in a {@link de.netzatlas.map.layer.LayerManager},
 * each painted through a {@link de.netzatlas.map.layer.MapPainter} so the same code draws on a
 * JavaFX canvas, into an image and into a vector PDF. Hit-testing and selection use JTS STRtrees.
 */
package de.netzatlas.map.layer;
