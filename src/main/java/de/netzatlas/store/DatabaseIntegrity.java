package de.netzatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After a crash: does the H2 file agree with itself? For every table the row count H2 keeps, a scan
 * of the table and a walk through each index must find the same rows. After kills during a large
 * import H2 2.5.252 left index entries of rows that are gone ("Row … not found in primary index",
 * then a lock timeout on every query that touches them, decision 0020); such a file opens, but its
 * figures are wrong and its queries hang. A query failing here (lock timeout) counts as such too.
 */
final class DatabaseIntegrity {

    private DatabaseIntegrity() {
    }

    /** What is contradictory, in German, or empty when the file agrees with itself. */
    static Optional<String> problem(Connection c) {
        try (Statement st = c.createStatement()) {
            for (String table : DatabaseBackup.tableNames(c)) {
                String quoted = quote(table);
                long rows = count(st, "SELECT COUNT(*) FROM " + quoted);
                long scanned = count(st, "SELECT COUNT(*) FROM " + quoted + " USE INDEX ()");
                if (scanned != rows) {
                    return Optional.of("Tabelle " + table + ": " + rows + " Zeilen gezählt, " + scanned + " gelesen");
                }
                for (String[] index : indexes(c, table)) {
                    String condition = " WHERE " + quote(index[1]) + " IS NOT NULL";
                    long viaIndex = count(st, "SELECT COUNT(*) FROM " + quoted + " USE INDEX (" + quote(index[0]) + ")"
                            + condition);
                    long inTable = count(st, "SELECT COUNT(*) FROM " + quoted + " USE INDEX ()" + condition);
                    if (viaIndex != inTable) {
                        return Optional.of("Tabelle " + table + ": der Index " + index[0] + " verweist auf " + viaIndex
                                + " Zeilen, die Tabelle hat " + inTable);
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(StoreMessages.h2(e));
        }
    }

    /** Name and first column of each index of {@code table}. */
    private static List<String[]> indexes(Connection c, String table) throws SQLException {
        List<String[]> result = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table.replace("'", "''")
                     + "' AND ORDINAL_POSITION = 1 ORDER BY INDEX_NAME")) {
            while (rs.next()) {
                result.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return result;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
