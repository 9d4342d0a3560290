package de.netzatlas.exchange;

import de.netzatlas.store.Database;

/**
 * H2's own bulk load ({@code CSVREAD}) of a CSV file into a plain, untyped table: the practical
 * ceiling the import benchmark compares against. Benchmark use only, on a throwaway database.
 */
public final class BulkLoadRepository {

    private final Database db;

    public BulkLoadRepository(Database db) {
        this.db = db;
    }

    /** Loads {@code file} (UTF-8, {@code ;}) into a new table {@code table}; returns its row count. */
    public long csvread(java.nio.file.Path file, String table) {
        if (!table.matches("[A-Za-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return db.inTransactionResult(tx -> {
            tx.dsl().execute("DROP TABLE IF EXISTS " + table);
            tx.dsl().execute("CREATE TABLE " + table + " AS SELECT * FROM CSVREAD(?, NULL, ?)",
                    file.toAbsolutePath().toString(), "charset=UTF-8 fieldSeparator=;");
            return (long) tx.dsl().fetchCount(org.jooq.impl.DSL.table(table));
        });
    }

    public void drop(String table) {
        if (!table.matches("[A-Za-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        db.inTransaction(tx -> tx.dsl().execute("DROP TABLE IF EXISTS " + table));
    }
}
