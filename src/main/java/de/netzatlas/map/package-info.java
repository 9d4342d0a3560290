/**
 * The offline map: Web-Mercator math, the tile sources behind Gluon Maps (never the network),
 * the built-in basemap rendered from the bundled geodata, and canvas layers drawn on the map.
 */
package de.netzatlas.map;
