package de.netzatlas.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The data behind the report's chapters, one source per chapter. AppServices builds this; a
 * register that is not built yet is {@link #none}-style empty and its chapter says "keine Daten".
 */
public record ChapterSources(FibreChapterSource fibre, MobileChapterSource mobile, SchoolsChapterSource schools,
                             SitesChapterSource sites) {

    public ChapterSources {
        fibre = fibre != null ? fibre : c -> Optional.empty();
        mobile = mobile != null ? mobile : c -> Optional.empty();
        schools = schools != null ? schools : c -> Optional.empty();
        sites = sites != null ? sites : c -> Optional.empty();
    }

    /** Only the Glasfaser chapter has a source (the registers are not wired). */
    public static ChapterSources fibreOnly(FibreChapterSource fibre) {
        return new ChapterSources(fibre, null, null, null);
    }

    public ChapterSources withMobile(MobileChapterSource s) {
        return new ChapterSources(fibre, s, schools, sites);
    }

    public ChapterSources withSchools(SchoolsChapterSource s) {
        return new ChapterSources(fibre, mobile, s, sites);
    }

    public ChapterSources withSites(SitesChapterSource s) {
        return new ChapterSources(fibre, mobile, schools, s);
    }

    static LocalDate previousYear(LocalDate cutOff) {
        return cutOff.minusYears(1);
    }
}
