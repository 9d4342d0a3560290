package de.netzatlas.fibre;

import java.math.BigDecimal;

/**
 * Total cost and who pays it, in euros. Any value may be unknown (null) early in a project; once the
 * cost is known the four shares must add up to it.
 */
public record Funding(BigDecimal costTotal, BigDecimal bund, BigDecimal land, BigDecimal kommune,
                      BigDecimal operator) {

    public static final Funding UNKNOWN = new Funding(null, null, null, null, null);

    public BigDecimal sharesTotal() {
        return nz(bund).add(nz(land)).add(nz(kommune)).add(nz(operator));
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
