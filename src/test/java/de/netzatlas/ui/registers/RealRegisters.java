package de.netzatlas.ui.registers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.RegisterDemo;
import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.LocatedAsset;

/**
 * Test data for features that only work on real records (exports leave demo data out, decision
 * 0017): the registers' demo records, loaded and then saved again as ordinary records.
 */
final class RealRegisters {

    private RealRegisters() {
    }

    /** Loads the registers' demo data and replaces it by real copies (same ids, {@code demo = false}). */
    static void load(AppServices services) {
        RegisterDemo demo = new RegisterDemo(services);
        demo.load();
        List<? extends LocatedAsset<?>> schools = services.schools().all();
        List<? extends LocatedAsset<?>> sites = services.sites().all();
        List<? extends LocatedAsset<?>> mobile = services.mobile().all();
        demo.remove();
        copy(services.schools(), schools);
        copy(services.sites(), sites);
        copy(services.mobile().sites(), mobile);
        services.mobile().refreshCoverage();
    }

    @SuppressWarnings("unchecked")
    private static <A extends LocatedAsset<?>> void copy(AssetService<A> service, List<? extends LocatedAsset<?>> demo) {
        for (LocatedAsset<?> a : demo) {
            Map<String, Object> values = new HashMap<>(service.kind().values((A) a));
            values.put("demo", false);
            service.create(service.kind().fromValues(values, 0));
        }
    }
}
