package de.netzatlas.layers;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.map.layer.FeatureStyle;
import de.netzatlas.map.layer.PointFeature;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.map.layer.StyleClass;
import de.netzatlas.map.layer.Symbol;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteStatus;

/**
 * The point layers of the registers: schools and ITN-XT sites coloured by status (colour and shape
 * differ, so colour-blind readers can tell them apart), with a legend. Feature ids are the assets'
 * UUIDs, so a click on the map finds the row in the list and vice versa.
 */
public final class RegisterLayers {

    public static final String SCHOOLS = "schulen";
    public static final String SITES = "itn";

    private RegisterLayers() {
    }

    public static PointLayer schools(Messages m) {
        List<StyleClass> classes = List.of(
                style(SchoolStatus.ANGESCHLOSSEN, 0xFF1A9641, Symbol.CIRCLE, 9, m),
                style(SchoolStatus.IM_BAU, 0xFF2C7BB6, Symbol.TRIANGLE, 10, m),
                style(SchoolStatus.BEAUFTRAGT, 0xFFE6AB02, Symbol.DIAMOND, 10, m),
                style(SchoolStatus.GEPLANT, 0xFFF46D43, Symbol.DIAMOND, 10, m),
                style(SchoolStatus.NICHT_ANGESCHLOSSEN, 0xFFD7191C, Symbol.SQUARE, 9, m));
        PointLayer layer = new PointLayer(SCHOOLS, m.get("layer.schools.title"), classes, m.get("layer.schools.note"));
        layer.setClusterBelowZoom(8);
        layer.setLabelFromZoom(12);
        return layer;
    }

    public static PointLayer sites(Messages m) {
        List<StyleClass> classes = List.of(
                style(SiteStatus.AKTIV, 0xFF2166AC, Symbol.SQUARE, 10, m),
                style(SiteStatus.IN_MIGRATION, 0xFF67A9CF, Symbol.TRIANGLE, 11, m),
                style(SiteStatus.GEPLANT, 0xFFF46D43, Symbol.DIAMOND, 11, m),
                style(SiteStatus.ALTNETZ, 0xFFB2182B, Symbol.CIRCLE, 10, m),
                style(SiteStatus.ZURUECKGEBAUT, 0xFF8C8C8C, Symbol.CIRCLE, 8, m));
        PointLayer layer = new PointLayer(SITES, m.get("layer.sites.title"), classes, m.get("layer.sites.note"));
        layer.setLabelFromZoom(11);
        return layer;
    }

    private static StyleClass style(Enum<?> status, int colour, Symbol symbol, double size, Messages m) {
        return new StyleClass(status.name(), m.label(status), FeatureStyle.point(colour, symbol, size));
    }

    public static List<PointFeature> schoolFeatures(List<School> schools, Function<String, String> gemeindeName,
                                                    Messages m) {
        NumberFormat n = NumberFormat.getIntegerInstance(m.locale());
        return schools.stream().map(s -> new PointFeature(s.id().toString(), s.name(), s.location().lat(),
                s.location().lon(), s.status().name(), List.of(
                        m.get("schools.col.nummer") + ": " + s.schulnummer(),
                        m.get("schools.col.type") + ": " + m.label(s.type()),
                        m.get("schools.col.gemeinde") + ": " + gemeindeName.apply(s.gemeindeAgs()),
                        m.get("schools.col.status") + ": " + m.label(s.status()),
                        m.get("schools.col.pupils") + ": " + (s.pupils() == null ? "–" : n.format(s.pupils())),
                        m.get("schools.col.bandwidth") + ": " + mbit(s.downMbit()) + " / " + mbit(s.upMbit()) + " Mbit/s"
                                + (s.demo() ? " · " + m.get("fibre.demoData") : ""))))
                .toList();
    }

    public static List<PointFeature> siteFeatures(List<ItnSite> sites, Function<String, String> gemeindeName,
                                                  Messages m) {
        return sites.stream().map(s -> new PointFeature(s.id().toString(), s.name(), s.location().lat(),
                s.location().lon(), s.status().name(), List.of(
                        m.get("sites.col.class") + ": " + m.label(s.siteClass()),
                        m.get("sites.col.authority") + ": " + (s.authority() == null ? "–" : s.authority()),
                        m.get("schools.col.gemeinde") + ": " + gemeindeName.apply(s.gemeindeAgs()),
                        m.get("sites.col.bandwidth") + ": " + m.label(s.bandwidth()),
                        m.get("sites.col.redundancy") + ": " + m.label(s.redundancy()),
                        m.get("schools.col.status") + ": " + m.label(s.status())
                                + (s.demo() ? " · " + m.get("fibre.demoData") : ""))))
                .toList();
    }

    private static String mbit(Integer v) {
        return v == null ? "–" : v.toString();
    }
}
