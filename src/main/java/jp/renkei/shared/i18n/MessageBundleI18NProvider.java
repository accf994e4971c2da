package jp.renkei.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

/**
 * Every user-facing string comes from {@code i18n/messages*.properties}: Japanese is the default bundle,
 * English the alternative. A missing key shows as {@code !key!} so it is noticed, never as an empty label.
 */
@Component
public class MessageBundleI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(JAPANESE, ENGLISH);
    }

    /** A parameter with this prefix names a form field (see {@code FreeText}) and is shown as the field's label. */
    private static final String FIELD_LABEL = "input.field.";

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_SYSTEM_FALLBACK).getString(key);
            return params.length == 0 ? pattern
                    : new MessageFormat(pattern, supported(locale)).format(labelled(params, locale));
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private Object[] labelled(Object[] params, Locale locale) {
        Object[] shown = params.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text && text.startsWith(FIELD_LABEL)) {
                shown[i] = getTranslation(text, locale);
            }
        }
        return shown;
    }

    /** English when asked for English, Japanese for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : JAPANESE;
    }
}
