/**
 * Netzatlas: planning and monitoring of Sachsen-Anhalt's digital infrastructure. This package holds
 * only the {@link de.netzatlas.Launcher}; the layers below are {@code cli} and {@code ui} (the two
 * faces), {@code app} (composition root), the feature packages and {@code store} (decision 0019).
 */
package de.netzatlas;
