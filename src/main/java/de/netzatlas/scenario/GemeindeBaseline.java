package de.netzatlas.scenario;

/** Households of one Gemeinde at the baseline stand: in total, with ≥ 1000 Mbit/s, with FTTB/H. */
public record GemeindeBaseline(String ags, String kreisAgs, long households, long gigabit, long fttbh) {

    public GemeindeBaseline {
        if (households < 0 || gigabit < 0 || fttbh < 0 || gigabit > households || fttbh > households) {
            throw new IllegalArgumentException("Ungültige Ausgangswerte für Gemeinde " + ags);
        }
    }
}
