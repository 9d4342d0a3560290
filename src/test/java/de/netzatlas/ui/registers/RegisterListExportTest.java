package de.netzatlas.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;
import de.netzatlas.exchange.ImportRequest;
import de.netzatlas.exchange.ImportResult;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.region.Region;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.exchange.ExportViewModel;
import de.netzatlas.ui.exchange.ListExport;
import de.netzatlas.ui.mobile.MobileViewModel;

/** "Exportieren …" over the schools, ITN-XT and mobile lists: exactly the rows shown, importing back unchanged. */
class RegisterListExportTest {

    @TempDir
    static Path dir;
    static AppServices services;
    static ListExport export;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("register-export.mv.db"));
        RealRegisters.load(services);
        export = new ListExport(services.exchange()::exportSource, BackgroundExecutor.direct(), new Messages(Locale.GERMAN),
                () -> null);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void schoolsNotYetConnected() throws Exception {
        AssetListViewModel<School> list = new AssetListViewModel<>(services.schools(), BackgroundExecutor.direct(),
                new de.netzatlas.common.Messages(java.util.Locale.GERMAN), ags -> ags,
                ags -> services.regions().byAgs(ags).map(Region::parentAgs).orElse(""), School::type,
                School::schulnummer, School::pupilCount);
        list.load();
        list.statusProperty().set(SchoolStatus.IM_BAU);
        assertExportsExactly("schools", list.shown(), School::schulnummer, services.schools().all().size());
    }

    @Test
    void sitesOfOneKreis() throws Exception {
        AssetListViewModel<ItnSite> list = new AssetListViewModel<>(services.sites(), BackgroundExecutor.direct(),
                new de.netzatlas.common.Messages(java.util.Locale.GERMAN), ags -> ags,
                ags -> services.regions().byAgs(ags).map(Region::parentAgs).orElse(""),
                ItnSite::siteClass, ItnSite::name, s -> 1);
        list.load();
        list.kreisProperty().set(list.kreise().get(0));
        assertExportsExactly("sites", list.shown(), s -> s.id().toString(), services.sites().all().size());
    }

    @Test
    void mobileSitesOfOneOperator() throws Exception {
        MobileViewModel vm = new MobileViewModel(services.mobile(), services.regions(), BackgroundExecutor.direct(),
                new Messages(Locale.GERMAN));
        vm.load();
        vm.operatorProperty().set(MobileOperator.values()[0]);
        assertExportsExactly("mobile", vm.shown(), MobileSite::identifier, services.mobile().sites().all().size());
    }

    private static <T extends LocatedAsset<?>> void assertExportsExactly(String source, List<T> shown,
                                                                         Function<T, String> key, int all)
            throws Exception {
        Set<String> keys = shown.stream().map(key).collect(Collectors.toSet());
        assertTrue(!keys.isEmpty() && keys.size() < all, source + ": " + keys.size() + " of " + all);
        ExportViewModel vm = export.viewModel(source, shown, key, LocatedAsset::demo).orElseThrow();
        vm.formatProperty().set(Format.CSV);
        Path file = dir.resolve(source + "-liste.csv");
        vm.export(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> written = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(';')))
                .collect(Collectors.toSet());
        assertEquals(keys, written);
        ImportResult back = services.exchange().imports().run(ImportRequest.of(file, source), null, null);
        assertTrue(back.ok(), back.problems().toString());
        assertEquals(keys.size(), back.unchanged(), "re-import changes nothing");
    }
}
