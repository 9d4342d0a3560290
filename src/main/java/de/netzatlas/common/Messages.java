package de.netzatlas.common;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts. German is the base bundle; English is the second language. No fallback to the JVM's
 * default locale, so an English Windows still shows German unless English is chosen.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("de.netzatlas.common.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** German unless the system property {@code netzatlas.language} says "en". */
    public static Messages fromSystem() {
        String lang = System.getProperty("netzatlas.language", "de");
        return new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.GERMAN);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A text the domain gives in German (an import field's label): itself in German, in English the
     * key's text when the bundle has it, else the German text.
     */
    public String translated(String key, String german) {
        return "de".equals(locale.getLanguage()) || !bundle.containsKey(key) ? german : bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * The display text of an enum constant in this language: the key
     * {@code enum.<SimpleName>.<CONSTANT>}; without one the enum's own (German) {@code label()},
     * else its name. Domain enums keep their German labels for reports and the CLI.
     */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        try {
            Method label = value.getDeclaringClass().getMethod("label");
            if (label.getReturnType() == String.class) {
                return (String) label.invoke(value);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no label(): fall through to the constant's name
        }
        return value.name();
    }

    /**
     * A new euro formatter for this language ("1.250 €" in German, "€1,250" in English); never the
     * generic currency sign "¤" of a locale without a country. A new instance each call, since
     * NumberFormat is not thread-safe.
     */
    public NumberFormat euroFormat(int fractionDigits) {
        NumberFormat f = NumberFormat.getCurrencyInstance(
                "en".equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY);
        f.setCurrency(Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f;
    }

    /** An amount in euros with no cents; null is "–". */
    public String euros(BigDecimal amount) {
        return amount == null ? "–" : euroFormat(0).format(amount);
    }
}
