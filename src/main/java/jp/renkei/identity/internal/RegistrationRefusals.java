package jp.renkei.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.workflow.Refused;

/**
 * {@code POST /webauthn/register} refused by the portal's rules ({@link AuditedRelyingParty}: a blank label, one too
 * long or with control or direction-changing characters) is the caller's mistake, not the server's: a 400 with the
 * message in words (in the language the caller asks for) and its key, instead of the 500 an exception escaping
 * Spring Security's registration filter would give. Nothing is stored: the label is checked before the passkey.
 */
final class RegistrationRefusals extends OncePerRequestFilter {

    private final RequestMatcher matcher = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/webauthn/register");
    private final JsonMapper json = JsonMapper.builder().build();
    private final MessageBundleI18NProvider messages;

    RegistrationRefusals(MessageBundleI18NProvider messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!matcher.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (Refused refused) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", refused.messageKey());
            body.put("message", messages.getTranslation(refused.messageKey(), askedFor(request),
                    refused.arguments().toArray()));
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), body);
        }
    }

    /** Japanese, the portal's language, unless the caller asks for English (the container's default is neither). */
    private static Locale askedFor(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? MessageBundleI18NProvider.JAPANESE
                : request.getLocale();
    }
}
