/**
 * 5G / Mobilfunk: mobile sites (operator, technology, bands, status, location, coverage radius,
 * funding), their coverage per technology clipped to the Land, KPIs per Land and Kreis and the
 * "weiße Flecken" (area covered by no site in operation). The coverage engine is plain Java + JTS
 * and works in a local transverse Mercator projection so areas come out in true km².
 */
package de.netzatlas.mobile;
