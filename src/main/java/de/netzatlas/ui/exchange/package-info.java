/**
 * Import and export on screen: the import wizard (file, mapping, preview, run, undo), the export
 * dialog, their view models, and the "export this list" button every list view carries.
 */
package de.netzatlas.ui.exchange;
