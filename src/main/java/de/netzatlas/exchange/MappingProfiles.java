package de.netzatlas.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzatlas.store.SettingsRepository;

/**
 * Named column-mapping profiles ("Breitbandatlas-Export", "GENESIS 12411"), stored as one JSON
 * setting ({@code exchange.profile.<name>}) in the database, so they travel with the data file and
 * their changes are audited like every setting. A profile remembers its target, the mapping and
 * optionally the sheet / header row / delimiter the user corrected.
 */
public final class MappingProfiles {

    static final String PREFIX = "exchange.profile.";
    static final String INDEX = "exchange.profiles";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A saved profile. {@code delimiter} empty and {@code headerIndex} −1 mean "detect". */
    public record Profile(String name, String target, Map<String, String> mapping, String sheet, int headerIndex,
                          String delimiter) {
    }

    private final SettingsRepository settings;
    private final Supplier<String> user;

    public MappingProfiles(SettingsRepository settings, Supplier<String> user) {
        this.settings = settings;
        this.user = user;
    }

    public void save(Profile p) {
        if (p.name() == null || p.name().isBlank() || p.name().length() > 60) {
            throw new IllegalArgumentException("Profilname fehlt oder ist länger als 60 Zeichen.");
        }
        try {
            settings.put(PREFIX + p.name(), JSON.writeValueAsString(p), user.get());
            List<String> names = new ArrayList<>(names());
            if (!names.contains(p.name())) {
                names.add(p.name());
                settings.put(INDEX, JSON.writeValueAsString(names), user.get());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> names() {
        return settings.get(INDEX).map(s -> {
            try {
                return JSON.readValue(s, new TypeReference<List<String>>() { });
            } catch (JsonProcessingException e) {
                return List.<String>of();
            }
        }).orElse(List.of());
    }

    public Optional<Profile> find(String name) {
        return settings.get(PREFIX + name).map(s -> {
            try {
                return JSON.readValue(s, Profile.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Profil „" + name + "“ ist beschädigt.", e);
            }
        });
    }

    /** A profile from the current mapping (sorted by field for stable storage). */
    public static Profile of(String name, String target, ColumnMapping mapping, ReadSettings s) {
        Map<String, String> m = new LinkedHashMap<>(new TreeMap<>(mapping.fieldToColumn()));
        return new Profile(name, target, m, s == null ? null : s.sheet(), s == null ? -1 : s.headerIndex(),
                s == null || s.format() != Format.CSV ? "" : String.valueOf(s.delimiter()));
    }

    /** Applies the profile's corrections to detected settings. */
    public static ReadSettings apply(Profile p, ReadSettings detected) {
        ReadSettings s = detected;
        if (p.sheet() != null && !p.sheet().isBlank()) {
            s = s.withSheet(p.sheet());
        }
        if (p.headerIndex() >= 0) {
            s = s.withHeaderIndex(p.headerIndex());
        }
        if (p.delimiter() != null && p.delimiter().length() == 1) {
            s = s.withDelimiter(p.delimiter().charAt(0));
        }
        return s;
    }
}
