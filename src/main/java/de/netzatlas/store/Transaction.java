package de.netzatlas.store;

import org.jooq.DSLContext;

/**
 * An open transaction, handed from a service to its repositories and the audit log. Services
 * pass it on without touching jOOQ; only repositories and {@code store} call {@link #dsl()}.
 */
public final class Transaction {

    private final DSLContext dsl;

    Transaction(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }
}
