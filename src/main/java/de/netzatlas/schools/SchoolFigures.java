package de.netzatlas.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The KPIs of "Schulen ans Netz" over a list of schools (pure): per Kreis and for the Land the
 * number of schools and pupils and how many of them have gigabit (≥ 1 000 Mbit/s down); the schools
 * still below their target with the planned date; the overdue ones (planned date passed, not yet
 * connected).
 */
public final class SchoolFigures {

    /** Counts for one area ({@code ags} = Kreis AGS, or "15" for the Land). */
    public record Row(String ags, int schools, int schoolsGigabit, long pupils, long pupilsGigabit) {

        public double schoolShare() {
            return schools == 0 ? 0 : (double) schoolsGigabit / schools;
        }

        public double pupilShare() {
            return pupils == 0 ? 0 : (double) pupilsGigabit / pupils;
        }
    }

    private SchoolFigures() {
    }

    /** One row per Kreis (sorted by AGS) followed by the Land row; {@code kreisOf} maps a Gemeinde to its Kreis. */
    public static List<Row> byKreis(List<School> schools, Function<String, String> kreisOf) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, long[]> pupils = new TreeMap<>();
        for (School s : schools) {
            String kreis = kreisOf.apply(s.gemeindeAgs());
            for (String key : new String[] {kreis, "15"}) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                long[] p = pupils.computeIfAbsent(key, k -> new long[2]);
                c[0]++;
                p[0] += s.pupilCount();
                if (s.hasGigabit()) {
                    c[1]++;
                    p[1] += s.pupilCount();
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (!"15".equals(k)) {
                rows.add(new Row(k, c[0], c[1], pupils.get(k)[0], pupils.get(k)[1]));
            }
        });
        int[] land = counts.getOrDefault("15", new int[2]);
        long[] landPupils = pupils.getOrDefault("15", new long[2]);
        rows.add(new Row("15", land[0], land[1], landPupils[0], landPupils[1]));
        return rows;
    }

    /** Schools whose bandwidth is below the target, by planned date (unknown last), then name. */
    public static List<School> belowTarget(List<School> schools) {
        return schools.stream().filter(s -> !s.meetsTarget())
                .sorted(Comparator.comparing(School::plannedDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(School::name))
                .toList();
    }

    /** Not connected although the planned date lies before {@code today}, longest overdue first. */
    public static List<School> overdue(List<School> schools, LocalDate today) {
        return schools.stream().filter(s -> s.isOverdue(today))
                .sorted(Comparator.comparing(School::plannedDate).thenComparing(School::name)).toList();
    }
}
