/**
 * The JavaFX application and its frame: start-up and the database error box, the main window
 * (menus, navigator | map | details, status bar), its main view model that wires the feature
 * view models, the window's one undo (Bearbeiten → Rückgängig), the map menu and the data-sources
 * dialog; the stylesheet lives next to it.
 */
package de.netzatlas.ui.shell;
