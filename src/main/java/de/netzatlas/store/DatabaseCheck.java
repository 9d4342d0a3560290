package de.netzatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code netzatlas db check}: does the open database agree with itself? Every table must be
 * readable with a full scan, an index walk and {@code COUNT(*)} finding the same rows
 * ({@link DatabaseIntegrity}), and for the audited tables whose row key is the row's UUID and which
 * carry a {@code version} the audit log must match the data: for every non-demo row the newest audit
 * entry of its key exists, has the row's version and is a DELETE only if the row is tombstoned.
 * Only reads.
 */
public final class DatabaseCheck {

    /** The audited tables keyed by the row's UUID {@code id}, with {@code version}, {@code demo} and {@code deleted}. */
    static final List<String> AUDITED_TABLES = List.of("fibre_project", "school", "itn_site", "mobile_site");

    /** One disagreement: table, row key (empty for a whole-table finding) and what disagrees, in German. */
    public record Finding(String table, String key, String problem) {

        /** The German line {@code db check} prints. */
        public String line() {
            return "Tabelle " + table + (key.isEmpty() ? "" : ", Schlüssel " + key) + ": " + problem;
        }
    }

    /** What the check found: the findings and how many tables and audited rows it looked at. */
    public record Report(List<Finding> findings, int tables, long auditedRows) {

        public boolean clean() {
            return findings.isEmpty();
        }
    }

    private DatabaseCheck() {
    }

    static Report run(Connection c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        int tables = DatabaseBackup.tableNames(c).size();
        Optional<String> integrity = DatabaseIntegrity.problem(c);
        integrity.ifPresent(p -> findings.add(integrityFinding(p)));
        long audited = 0;
        if (integrity.isEmpty()) {
            for (String table : AUDITED_TABLES) {
                audited += checkAudit(c, table, findings);
            }
        }
        return new Report(List.copyOf(findings), tables, audited);
    }

    /** {@link DatabaseIntegrity} says „Tabelle X: …“; split off the table name where it does. */
    private static Finding integrityFinding(String problem) {
        if (problem.startsWith("Tabelle ") && problem.indexOf(": ") > 8) {
            int colon = problem.indexOf(": ");
            return new Finding(problem.substring(8, colon), "", problem.substring(colon + 2));
        }
        return new Finding("(alle)", "", "nicht lesbar: " + problem);
    }

    private record Newest(String action, Integer version) {
    }

    private static long checkAudit(Connection c, String table, List<Finding> findings) throws SQLException {
        Map<String, Newest> newest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT row_key, action, row_version FROM audit_log WHERE table_name = ? ORDER BY id")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int v = rs.getInt(3);
                    newest.put(rs.getString(1), new Newest(rs.getString(2), rs.wasNull() ? null : v));
                }
            }
        }
        long rows = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, version, deleted FROM " + table + " WHERE demo = FALSE ORDER BY id")) {
            while (rs.next()) {
                rows++;
                String key = rs.getObject(1, UUID.class).toString();
                int version = rs.getInt(2);
                boolean deleted = rs.getBoolean(3);
                Newest entry = newest.get(key);
                if (entry == null) {
                    findings.add(new Finding(table, key, "kein Eintrag im Änderungsprotokoll (Version " + version + ")"));
                } else if (entry.version() == null || entry.version() != version) {
                    findings.add(new Finding(table, key, "Version " + version + " in der Tabelle, letzter Eintrag im "
                            + "Änderungsprotokoll (" + entry.action() + ") nennt Version " + entry.version()));
                } else if ("DELETE".equals(entry.action()) && !deleted) {
                    findings.add(new Finding(table, key, "laut Änderungsprotokoll gelöscht (Version " + version
                            + "), in der Tabelle aber nicht als gelöscht markiert"));
                }
            }
        }
        return rows;
    }
}
