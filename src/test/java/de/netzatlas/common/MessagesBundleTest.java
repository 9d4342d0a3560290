package de.netzatlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import de.netzatlas.exchange.Severity;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.mobile.SettlementDensity;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.Redundancy;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteStatus;

/**
 * Issue 17: the German and the English bundle have the same keys (read as files, since the English
 * bundle would silently fall back to German for a missing key), no English value is an untranslated
 * German text with umlauts, every enum the UI shows has its English label, and euros are "€".
 */
class MessagesBundleTest {

    /** German words with umlauts that are also right in English (proper names). */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages DE = new Messages(Locale.GERMAN);

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Properties de = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(de.stringPropertyNames());
        missingInEnglish.removeAll(en.stringPropertyNames());
        Set<String> orphansInEnglish = new TreeSet<>(en.stringPropertyNames());
        orphansInEnglish.removeAll(de.stringPropertyNames());
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");
        assertEquals(Set.of(), orphansInEnglish, "keys only in messages_en.properties");
    }

    @Test
    void noEnglishValueIsAnUntranslatedGermanTextWithUmlauts() throws IOException {
        Properties de = load("messages.properties");
        Properties en = load("messages_en.properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : de.stringPropertyNames()) {
            String german = de.getProperty(key);
            if (german.matches("(?s).*[äöüÄÖÜß].*") && german.equals(en.getProperty(key))
                    && !SAME_IN_BOTH.contains(german)) {
                untranslated.add(key + "=" + german);
            }
        }
        assertEquals(List.of(), untranslated, "English values still German");
    }

    @Test
    void everyEnumTheUiShowsHasAnEnglishLabelAndGermanStaysTheDomainLabel() {
        List<Enum<?>> shown = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(ProjectStatus.class, FundingModel.class, Programme.class,
                SchoolType.class, SchoolStatus.class, FundingSource.class, WlanStatus.class, Technology.class,
                BandwidthClass.class, Redundancy.class, SiteClass.class, SiteStatus.class, Severity.class,
                RadioTechnology.class, MobileOperator.class, SettlementDensity.class, MobileSiteStatus.class,
                RegionLevel.class)) {
            shown.addAll(List.of(type.getEnumConstants()));
        }
        List<String> problems = new ArrayList<>();
        for (Enum<?> e : shown) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            if (EN.get(key).startsWith("!")) {
                problems.add("no key " + key);
            }
            String german = DE.label(e);
            if (EN.label(e).matches("(?s).*[äöüÄÖÜß].*")) {
                problems.add("English label of " + key + " has umlauts: " + EN.label(e));
            }
            if (!german.equals(domainLabel(e))) {
                problems.add("German " + key + "=" + german + " differs from label() " + domainLabel(e));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals("Construction", EN.label(ProjectStatus.BAU));
        assertEquals("Bau", DE.label(ProjectStatus.BAU));
    }

    @Test
    void eurosAreEuroSignsInBothLanguages() {
        String en = EN.euros(new BigDecimal("2104000"));
        String de = DE.euros(new BigDecimal("2104000"));
        assertEquals("€2,104,000", en);
        assertEquals("2.104.000\u00a0€", de);
        assertFalse(en.contains("¤") || de.contains("¤"));
        assertTrue(EN.euroFormat(2).format(new BigDecimal("78450")).equals("€78,450.00"));
        assertEquals("–", EN.euros(null));
    }

    private static String domainLabel(Enum<?> e) {
        try {
            return (String) e.getDeclaringClass().getMethod("label").invoke(e);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
