package jp.renkei.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import jp.renkei.shared.i18n.LocaleSelection;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** "日本語 | English" links, for places without the user menu (the sign-in page). */
public class LanguageMenu extends HorizontalLayout {

    public LanguageMenu() {
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        Button japanese = new Button("日本語", e -> LocaleSelection.switchTo(MessageBundleI18NProvider.JAPANESE));
        Button english = new Button("English", e -> LocaleSelection.switchTo(MessageBundleI18NProvider.ENGLISH));
        japanese.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        japanese.setId("lang-ja");
        english.setId("lang-en");
        add(japanese, new Span("|"), english);
    }
}
