/**
 * The asset registers (schools, ITN-XT sites) on screen: the shared list view and view model, the
 * shared form frame and form view model (also used by the mobile form) with the school and site
 * forms, the register panes and the view model that ties the lists to their map layers.
 */
package de.netzatlas.ui.registers;
