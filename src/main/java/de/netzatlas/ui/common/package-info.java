/**
 * What every screen shares: the background executor contract (tests run it synchronously) and its
 * JavaFX implementation, and the form grid with German parsing of dates and numbers.
 */
package de.netzatlas.ui.common;
