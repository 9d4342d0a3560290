/**
 * The offline map: Web-Mercator math, the tile sources behind Gluon Maps (the built-in basemap
 * rendered from the bundled geodata with its label placement, MBTiles files, online XYZ tiles with
 * prefetch under the OSM policy), their memory and disk caches, the basemap choice, and canvas
 * layers drawn on the map.
 */
package de.netzatlas.map;
