/**
 * The annual report on screen: the report window (year, cut-off date, preview, PDF, print, chapter
 * texts) and its view model.
 */
package de.netzatlas.ui.report;
