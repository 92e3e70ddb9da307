package org.mark1.exhibit.words;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The exhibit's words in one language, from the resource bundle {@code exhibit/labels} (English)
 * and {@code exhibit/labels_ru} (Russian), both UTF-8. No fallback to the computer's own language:
 * the switch on screen decides.
 */
public final class Labels {

    /** The languages on the switch. */
    public enum Language {
        EN, RU;

        Locale locale() {
            return this == EN ? Locale.ROOT : Locale.forLanguageTag("ru");
        }

        public Language other() {
            return this == EN ? RU : EN;
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    public Labels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("exhibit.labels", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key} with its {0}, {1}... filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** A class's name in this language when the bundle knows it ("square"), else as the scenario spells it. */
    public String className(String name) {
        try {
            return bundle.getString("class." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }
}
