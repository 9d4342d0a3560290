/**
 * Glasfaser: fixed-network coverage per Gemeinde and stand (import, derived shares, aggregation to
 * Kreis and Land), rollout projects with funding, status workflow, milestones and areas, their
 * audited and undoable editing, the projection inputs and the synthetic demo data set.
 */
package de.netzatlas.fibre;
