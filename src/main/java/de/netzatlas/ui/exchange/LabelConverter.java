package de.netzatlas.ui.exchange;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows the choices of the wizard's and the export dialog's combo boxes by name; nothing is typed in. */
final class LabelConverter<T> extends StringConverter<T> {

    private final Function<T, String> text;
    private final String none;

    LabelConverter(Function<T, String> text) {
        this(text, "");
    }

    /** {@code none}: what stands for no value. */
    LabelConverter(Function<T, String> text, String none) {
        this.text = text;
        this.none = none;
    }

    @Override
    public String toString(T value) {
        return value == null ? none : text.apply(value);
    }

    @Override
    public T fromString(String s) {
        throw new UnsupportedOperationException();
    }
}
