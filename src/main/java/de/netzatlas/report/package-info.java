/**
 * The annual CIO report: chapter sources read the data as of a cut-off date, the assembler builds a
 * plain document model, which is rendered to PDF/A (openhtmltopdf), printed as the same pages, and
 * written as XLSX tables; chapter texts are stored per year.
 */
package de.netzatlas.report;
