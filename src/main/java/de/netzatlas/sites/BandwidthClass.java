package de.netzatlas.sites;

/** Contracted access bandwidth class of an ITN-XT site (50 Mbit/s up to 1 Gbit/s and above). */
public enum BandwidthClass {
    MBIT_50("50 Mbit/s", 50),
    MBIT_100("100 Mbit/s", 100),
    MBIT_200("200 Mbit/s", 200),
    MBIT_500("500 Mbit/s", 500),
    GBIT_1("1 Gbit/s und mehr", 1000);

    private final String label;
    private final int mbit;

    BandwidthClass(String label, int mbit) {
        this.label = label;
        this.mbit = mbit;
    }

    public String label() {
        return label;
    }

    public int mbit() {
        return mbit;
    }
}
