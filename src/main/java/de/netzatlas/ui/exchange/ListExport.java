package de.netzatlas.ui.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.ExportSource;
import de.netzatlas.ui.common.BackgroundExecutor;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * "Exportieren …" on a list screen: exports exactly the rows the list shows (its filters and search)
 * through the export dialog, as CSV, XLSX or GeoJSON. The rows are the list's {@link ExportSource}
 * narrowed to the keys of the shown items, taken when the button is pressed; the file is written off
 * the FX thread and imports back unchanged; demo rows are left out (decision 0017). One call per
 * list: {@link #attach} (projects, schools, ITN-XT sites, mobile sites).
 */
public final class ListExport {

    private final Function<String, Optional<ExportSource>> sources;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final Supplier<Window> owner;

    /** @param sources the export source of an id ({@code ExchangeService::exportSource}) */
    public ListExport(Function<String, Optional<ExportSource>> sources, BackgroundExecutor executor, Messages m,
                      Supplier<Window> owner) {
        this.sources = sources;
        this.executor = executor;
        this.m = m;
        this.owner = owner;
    }

    /**
     * The export dialog's view model for the rows {@code shown} holds now ({@code key}: the value of the
     * source's first column for an item, e.g. the project id; {@code demo}: whether an item is demo data,
     * which the exporter leaves out – the dialog's notice says so beforehand); empty if there is no source {@code sourceId}.
     */
    public <T> Optional<ExportViewModel> viewModel(String sourceId, List<? extends T> shown, Function<T, String> key,
                                                   Predicate<T> demo) {
        return sources.apply(sourceId).map(source -> {
            Set<String> keys = new LinkedHashSet<>();
            shown.forEach(item -> keys.add(key.apply(item)));
            ExportViewModel vm = new ExportViewModel(source.withKeys(
                    m.format("exchange.export.shownRows", source.label(), keys.size()), keys), executor, m);
            long demoRows = shown.stream().filter(demo).count();
            if (demoRows > 0) {
                vm.noticeProperty().set(m.format("exchange.export.demoNotice", demoRows));
            }
            return vm;
        });
    }

    /**
     * Makes {@code button} export the rows {@code shown} holds when it is pressed; disabled while the
     * list is empty or when there is no export source {@code sourceId}.
     */
    public <T> void attach(Button button, String sourceId, ObservableList<? extends T> shown, Function<T, String> key,
                           Predicate<T> demo) {
        button.setText(m.get("exchange.export.list"));
        if (sources.apply(sourceId).isEmpty()) {
            button.setDisable(true);
            return;
        }
        button.disableProperty().bind(Bindings.isEmpty(shown));
        button.setOnAction(e -> viewModel(sourceId, shown, key, demo).ifPresent(vm -> ExportDialog.open(owner.get(), vm, m)));
    }
}
