/**
 * Mobile sites (5G/LTE) on screen: the site list and form (with its view model), the mobile map layers on the main map,
 * their view model, and the view-model benchmark behind {@code netzatlas bench mobile}.
 */
package de.netzatlas.ui.mobile;
