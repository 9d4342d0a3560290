package de.netzatlas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the chapter "Schulen ans Netz" reads, as of a cut-off date. The schools register implements
 * it (see README, "Jahresbericht": how a register plugs in) and AppServices passes it to the report;
 * until then the chapter says "keine Daten". Empty (or no schools) also means "keine Daten".
 */
public interface SchoolsChapterSource {

    /**
     * One school in its state at the cut-off; {@code connectedOn} null while not connected.
     * {@code status} is the label of its status on the cut-off day (status history), {@code planned}
     * the planned connection date as recorded then (null: none).
     */
    record School(String id, String name, String gemeindeAgs, String kreisAgs, double lat, double lon,
                  boolean connected, LocalDate connectedOn, String bandwidth, String status, LocalDate planned) {
    }

    /**
     * @param stand       date of the data used; {@code source} names it in the appendix
     * @param byEntryTime records counted by the time they were entered because a status step has no date
     */
    record Data(LocalDate stand, String source, boolean demo, List<School> schools, int byEntryTime) {
        public Data {
            schools = List.copyOf(schools);
        }

        public Data(LocalDate stand, String source, boolean demo, List<School> schools) {
            this(stand, source, demo, schools, 0);
        }
    }

    Optional<Data> asOf(LocalDate cutOff);
}
