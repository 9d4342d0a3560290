/**
 * {@code netzatlas bench …}: the measuring commands, one {@code name<TAB>value<TAB>unit} line per
 * figure, on throwaway databases or synthetic data; the benchmarks themselves live with the code
 * they measure.
 */
package de.netzatlas.cli.bench;
