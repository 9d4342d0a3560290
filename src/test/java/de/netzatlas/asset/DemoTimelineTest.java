package de.netzatlas.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class DemoTimelineTest {

    @Test
    void daysFollowTheYearWeightsAndNeverPassTheLatestDay() {
        DemoTimeline timeline = new DemoTimeline(2019, 1, 0, 3);
        LocalDate latest = LocalDate.of(2021, 6, 30);
        Random random = new Random(1);
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (int i = 0; i < 4_000; i++) {
            LocalDate d = timeline.day(random, latest);
            assertFalse(d.isAfter(latest), d.toString());
            assertFalse(d.isBefore(LocalDate.of(2019, 1, 1)), d.toString());
            perYear.merge(d.getYear(), 1, Integer::sum);
        }
        assertFalse(perYear.containsKey(2020), "a year with weight 0 never occurs");
        double share2021 = perYear.get(2021) / 4_000.0;
        assertTrue(share2021 > 0.70 && share2021 < 0.80, "three quarters in 2021: " + share2021);
    }

    @Test
    void sameSeedSameDays() {
        DemoTimeline timeline = new DemoTimeline(2019, 4, 9, 13);
        LocalDate latest = LocalDate.of(2025, 1, 1);
        Random a = new Random(7);
        Random b = new Random(7);
        for (int i = 0; i < 100; i++) {
            assertEquals(timeline.day(a, latest), timeline.day(b, latest));
        }
    }

    @Test
    void beforeStaysWithinItsRangeAndNotBeforeTheEarliestDay() {
        Random random = new Random(3);
        LocalDate date = LocalDate.of(2020, 3, 1);
        LocalDate earliest = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 200; i++) {
            LocalDate d = DemoTimeline.before(random, date, 10, 400, earliest);
            assertFalse(d.isAfter(date.minusDays(10)) && !d.equals(earliest), d.toString());
            assertFalse(d.isBefore(earliest), d.toString());
        }
    }
}
