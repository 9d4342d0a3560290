/**
 * Feature layers for the map, built from the domain records without JavaFX so that the window and
 * the command line ({@code netzatlas map}) draw the same thing: the layer catalogue, coverage
 * choropleths, project areas, mobile and register points, and the saved layer settings.
 */
package de.netzatlas.layers;
