package de.netzatlas.common;

import java.text.MessageFormat;
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

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
