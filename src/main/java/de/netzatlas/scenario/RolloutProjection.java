package de.netzatlas.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Projects FTTB/H and gigabit households per year from a baseline stand and project deliveries.
 * Rules: deliveries on or before the stand date are already in the baseline; a delivery is spread
 * over its Gemeinden in proportion to the households still without FTTB/H; every Gemeinde's gain
 * is capped at those households, so overlapping projects are never counted twice and no share
 * exceeds 100 %. Newly connected households are assumed to be drawn evenly from the households
 * without fibre, so the gigabit gain is the fibre gain times the non-gigabit part of them.
 */
public final class RolloutProjection {

    private RolloutProjection() {
    }

    public static List<ProjectionPoint> project(LocalDate standDate, List<GemeindeBaseline> baseline,
                                                List<ProjectDelivery> deliveries, int untilYear) {
        Map<String, GemeindeBaseline> byAgs = new LinkedHashMap<>();
        baseline.forEach(b -> byAgs.put(b.ags(), b));
        Map<String, Long> remaining = new HashMap<>();
        baseline.forEach(b -> remaining.put(b.ags(), b.households() - b.fttbh()));
        Map<String, TreeMap<Integer, Long>> added = new HashMap<>();
        deliveries.stream()
                .filter(d -> d.completion() != null && d.completion().isAfter(standDate) && d.households() > 0)
                .sorted(Comparator.comparing(ProjectDelivery::completion).thenComparing(ProjectDelivery::id))
                .forEach(d -> deliver(d, remaining, added));

        List<ProjectionPoint> points = new ArrayList<>();
        for (int year = standDate.getYear(); year <= untilYear; year++) {
            Map<String, long[]> kreise = new TreeMap<>();
            long[] land = new long[3];
            List<ProjectionPoint> gemeinden = new ArrayList<>();
            for (GemeindeBaseline b : byAgs.values()) {
                long gain = added.getOrDefault(b.ags(), new TreeMap<>()).headMap(year, true).values().stream()
                        .mapToLong(Long::longValue).sum();
                long withoutFibre = b.households() - b.fttbh();
                long gigabitGain = withoutFibre == 0 ? 0
                        : Math.round((double) gain * (b.households() - b.gigabit()) / withoutFibre);
                long gigabit = Math.min(b.households(), b.gigabit() + gigabitGain);
                long fttbh = b.fttbh() + gain;
                gemeinden.add(point(year, ProjectionPoint.Level.GEMEINDE, b.ags(), b.households(), gigabit, fttbh));
                long[] k = kreise.computeIfAbsent(b.kreisAgs(), a -> new long[3]);
                k[0] += b.households();
                k[1] += gigabit;
                k[2] += fttbh;
                land[0] += b.households();
                land[1] += gigabit;
                land[2] += fttbh;
            }
            points.add(point(year, ProjectionPoint.Level.LAND, "15", land[0], land[1], land[2]));
            for (Map.Entry<String, long[]> k : kreise.entrySet()) {
                long[] v = k.getValue();
                points.add(point(year, ProjectionPoint.Level.KREIS, k.getKey(), v[0], v[1], v[2]));
            }
            points.addAll(gemeinden);
        }
        return points;
    }

    private static void deliver(ProjectDelivery d, Map<String, Long> remaining, Map<String, TreeMap<Integer, Long>> added) {
        List<String> targets = d.gemeinden().stream().distinct().filter(remaining::containsKey).toList();
        long capacity = targets.stream().mapToLong(remaining::get).sum();
        long toPlace = Math.min(d.households(), capacity);
        if (toPlace == 0) {
            return;
        }
        long placed = 0;
        Map<String, Long> share = new LinkedHashMap<>();
        for (String ags : targets) {
            long s = (long) Math.floor((double) toPlace * remaining.get(ags) / capacity);
            share.put(ags, s);
            placed += s;
        }
        for (String ags : targets) {
            if (placed >= toPlace) {
                break;
            }
            long extra = Math.min(toPlace - placed, remaining.get(ags) - share.get(ags));
            share.put(ags, share.get(ags) + extra);
            placed += extra;
        }
        int year = d.completion().getYear();
        share.forEach((ags, s) -> {
            remaining.put(ags, remaining.get(ags) - s);
            added.computeIfAbsent(ags, a -> new TreeMap<>()).merge(year, s, Long::sum);
        });
    }

    private static ProjectionPoint point(int year, ProjectionPoint.Level level, String ags, long households,
                                         long gigabit, long fttbh) {
        double target = FibreTargets.fttbhTarget(year);
        long gap = Double.isNaN(target) ? 0 : Math.max(0, (long) Math.ceil(target * households - 1e-9) - fttbh);
        return new ProjectionPoint(year, level, ags, households, gigabit, fttbh, target, gap);
    }
}
