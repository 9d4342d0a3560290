/**
 * Small plain-Java helpers every layer may use (no JavaFX, no database): the UI texts
 * ({@link de.netzatlas.common.Messages}, bundles next to it), German numbers, dates and coordinates,
 * and German messages about user input that the file readers, the forms and the command line must
 * word alike; and {@link de.netzatlas.common.DeliberateStaticState}, the one way to argue for a
 * piece of static state.
 */
package de.netzatlas.common;
