/**
 * Glasfaser projects on screen: the project list, form (with the area editor on the map), timeline
 * and the rollout projection with its chart, their view models, and the screens that switch
 * between them.
 */
package de.netzatlas.ui.fibre;
