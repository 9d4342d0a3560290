/**
 * Data exchange: one import/export framework for CSV, XLSX and GeoJSON. Readers turn a file into
 * rows of text cells ({@link de.netzatlas.exchange.TableReader}); a {@link de.netzatlas.exchange.ColumnMapping}
 * maps source columns to the fields of an {@link de.netzatlas.exchange.ImportTarget}, which validates
 * and writes them in one audited transaction; {@link de.netzatlas.exchange.ExportSource}s are written
 * by the CSV/XLSX/GeoJSON exporters. See decision note 0012; the three asset registers plug in through
 * one generic adapter ({@link de.netzatlas.exchange.AssetImportTarget},
 * {@link de.netzatlas.exchange.AssetExportSource}) and a small mapping each (decision note 0015).
 */
package de.netzatlas.exchange;
