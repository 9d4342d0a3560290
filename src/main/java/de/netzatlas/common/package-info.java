/**
 * Small plain-Java helpers every layer may use (no JavaFX, no database): German messages about
 * user input that the file readers, the forms and the command line must word alike.
 */
package de.netzatlas.common;
