package jp.renkei.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, Vaadin's pages and its UIDL/push requests included, set before anything
 * else runs (Spring Security's own header writers then leave them alone):
 * <ul>
 * <li>a Content-Security-Policy that Vaadin Flow 25 works under: its bootstrap page starts the client engine with
 * an inline script and the engine builds functions from the JavaScript the server sends, so scripts need
 * {@code 'unsafe-inline' 'unsafe-eval'} and styles {@code 'unsafe-inline'} (Vaadin's documentation, "Content
 * Security Policy"); everything else is this origin only, no plugins, no framing, forms post here only;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (links to video visits must not
 * carry a referral's URL out);</li>
 * <li>{@code Cache-Control: no-store} on everything but Vaadin's versioned static files, since pages and UIDL
 * answers carry patient data (kept even where Vaadin sets its own {@code no-cache});</li>
 * <li>HSTS where {@code renkei.security.hsts} is on (the production profile).</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Vaadin's production bundle: file names carry a content hash, so they may be cached. */
    private static final String STATIC_BUNDLE = "/VAADIN/build/";

    private final boolean hsts;

    SecurityHeaders(@Value("${renkei.security.hsts:false}") boolean hsts) {
        this.hsts = hsts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (hsts) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + STATIC_BUNDLE)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(CACHE_CONTROL, NO_STORE);
            chain.doFilter(request, new NoStore(response));
        }
    }

    /** Keeps {@code no-store}: Vaadin answers its UIDL requests with {@code Cache-Control: no-cache}. */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? NO_STORE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, NO_STORE);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
