package de.netzatlas.layers;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.map.layer.FeatureStyle;
import de.netzatlas.map.layer.LegendEntry;
import de.netzatlas.map.layer.ShapeFeature;

/**
 * How project areas look on the map: one colour per status (a sequence from planning grey-blue
 * through yellow/orange to construction blue and finished green; cancelled light grey), the
 * legend for it, and the map features (id = project id, details for the side panel).
 */
public final class ProjectAreaStyle {

    /** Fill RGB per status, in {@link ProjectStatus} order. */
    public static final int[] COLOURS = {0x8DA0CB, 0xFFD43B, 0xFD7E14, 0x1C7ED6, 0x2F9E44, 0xADB5BD};

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ProjectAreaStyle() {
    }

    static FeatureStyle of(ProjectStatus status) {
        int rgb = COLOURS[status.ordinal()];
        return FeatureStyle.area(FeatureStyle.argb(rgb, 0.7), FeatureStyle.argb(darker(rgb), 1), 1.8);
    }

    static FeatureStyle of(ShapeFeature f) {
        return of(ProjectStatus.valueOf(f.category()));
    }

    static List<LegendEntry> legend(Messages m) {
        List<LegendEntry> entries = new ArrayList<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            entries.add(new LegendEntry(m.label(s), of(s), LegendEntry.Kind.AREA));
        }
        return entries;
    }

    public static List<ShapeFeature> features(List<FibreProject> projects, Messages m) {
        NumberFormat count = NumberFormat.getIntegerInstance(m.locale());
        List<ShapeFeature> features = new ArrayList<>();
        for (FibreProject p : projects) {
            if (p.area() == null || p.area().isEmpty()) {
                continue;
            }
            List<String> details = new ArrayList<>();
            details.add(m.get("projects.col.status") + ": " + m.label(p.status()));
            details.add(m.get("projects.col.households") + ": " + count.format(p.households()));
            if (p.operator() != null && !p.operator().isBlank()) {
                details.add(m.get("projectForm.operator") + ": " + p.operator());
            }
            p.completion().ifPresent(d -> details.add(m.get("projects.col.completion") + ": " + DATE.format(d)));
            if (p.demo()) {
                details.add(m.get("projects.demo"));
            }
            features.add(new ShapeFeature(p.id().toString(), p.name(), p.area(), p.status().name(), Double.NaN,
                    details));
        }
        return features;
    }

    private static int darker(int rgb) {
        int r = (int) (((rgb >> 16) & 0xFF) * 0.6);
        int g = (int) (((rgb >> 8) & 0xFF) * 0.6);
        int b = (int) ((rgb & 0xFF) * 0.6);
        return (r << 16) | (g << 8) | b;
    }
}
