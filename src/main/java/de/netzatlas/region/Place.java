package de.netzatlas.region;

/**
 * A named place from the bundled GeoNames extract: where it lies, its GeoNames feature code
 * (PPLA Landeshauptstadt, PPLA3 Kreisstadt, PPLA4 Gemeindesitz, PPL Ort, PPLX Ortsteil), its
 * population as GeoNames gives it (0 if unknown) and the Gemeinde it belongs to.
 */
public record Place(String id, String name, String featureCode, double lat, double lon, int population,
                    Integer elevation, String gemeindeAgs, String gemeindeName) {
}
