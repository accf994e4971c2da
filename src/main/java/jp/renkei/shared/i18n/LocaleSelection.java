package jp.renkei.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * Japanese unless the person chose English. The choice lives in the Vaadin session and in a cookie, so it
 * survives sign-in, sign-out and a new browser session on the same machine.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    static final String COOKIE = "renkei-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(initialLocale()));
    }

    /** Switches the language of this browser and redraws the page in it. */
    public static void switchTo(Locale requested) {
        Locale locale = MessageBundleI18NProvider.supported(requested);
        VaadinSession.getCurrent().setAttribute(COOKIE, locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    private static Locale initialLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<Locale> chosen = Optional.ofNullable(session == null ? null
                : (Locale) session.getAttribute(COOKIE));
        return chosen.or(LocaleSelection::fromCookie)
                .orElse(MessageBundleI18NProvider.JAPANESE);
    }

    private static Optional<Locale> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : chosenIn(request.getCookies());
    }

    /** The language this browser chose, from its cookies (for answers written outside Vaadin). */
    public static Optional<Locale> chosenIn(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> MessageBundleI18NProvider.supported(Locale.forLanguageTag(c.getValue())));
    }
}
