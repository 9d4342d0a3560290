/**
 * The Land Sachsen-Anhalt, its Kreise and Gemeinden keyed by AGS: boundaries, population with its
 * stand, households, the bundled real geodata and the services that search and locate regions.
 */
package de.netzatlas.region;
