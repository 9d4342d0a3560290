package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** Issue 20: constraint errors from the engine reach the planner in German, naming the column or rule. */
class StoreMessagesTest {

    @Test
    void constraintViolationsAreNamedInGerman() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:storemessages");
                Statement s = c.createStatement()) {
            s.execute("create table schule (nummer varchar(4) primary key, name varchar(5) not null, plaetze smallint)");
            s.execute("insert into schule values ('1', 'A', 1)");
            assertEquals("Ein Text ist länger, als die Datenbank erlaubt (Spalte name).",
                    german(s, "insert into schule values ('2', 'Grundschule', 1)"));
            assertEquals("Ein Pflichtfeld ist leer (Spalte name).", german(s, "insert into schule values ('3', null, 1)"));
            assertEquals("Eine Zahl ist für die Datenbank zu groß (Spalte plaetze).",
                    german(s, "insert into schule values ('4', 'B', 100000)"));
            String duplicate = german(s, "insert into schule values ('1', 'C', 1)");
            assertEquals(true, duplicate.startsWith("Ein Schlüssel ist schon vergeben (doppelter Eintrag)"), duplicate);
        }
    }

    private static String german(Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
        return StoreMessages.german(new RuntimeException("wrapped", e));
    }
}
