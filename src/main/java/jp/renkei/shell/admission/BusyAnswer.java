package jp.renkei.shell.admission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import jp.renkei.shared.i18n.LocaleSelection;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/**
 * The answer to a request that waited its longest for a place and ran no step of its own: 503 with Retry-After.
 * A browser opening a page (or posting the sign-in form) gets a short page in the person's language saying that
 * nothing was changed, with a link to try again; Vaadin's own requests (which its client sends again by itself,
 * showing its reconnecting indicator meanwhile) and other clients get the sentence as plain text.
 */
@Component
class BusyAnswer {

    private final MessageBundleI18NProvider texts;

    BusyAnswer(MessageBundleI18NProvider texts) {
        this.texts = texts;
    }

    void write(HttpServletRequest request, HttpServletResponse response, Duration waited) throws IOException {
        Locale locale = LocaleSelection.chosenIn(request.getCookies()).orElse(MessageBundleI18NProvider.JAPANESE);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, waited.toSeconds())));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = texts.getTranslation("admission.busy.message", locale);
        if (opensAPage(request)) {
            response.setContentType("text/html");
            response.getWriter().write(page(request, locale, message));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }

    private static boolean opensAPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return VaadinRequestType.of(request).isEmpty() && accept != null && accept.contains("text/html");
    }

    private String page(HttpServletRequest request, Locale locale, String message) {
        String title = texts.getTranslation("admission.busy.title", locale);
        // The same address again; a form's POST is not repeated, its page is opened afresh
        String again = request.getRequestURI()
                + ("GET".equals(request.getMethod()) && request.getQueryString() != null
                        ? "?" + request.getQueryString() : "");
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s | %s</title></head>
                <body><main><h1 id="busy">%s</h1><p id="busy-message">%s</p>
                <p><a id="busy-retry" href="%s">%s</a></p></main></body></html>
                """.formatted(locale.getLanguage(), escape(title), escape(texts.getTranslation("app.name", locale)),
                escape(title), escape(message), escape(again),
                escape(texts.getTranslation("admission.busy.retry", locale)));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
