package jp.renkei.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /webauthn/register/options}: the options for the browser's "create a passkey" prompt, kept in the
 * session for Spring Security's WebAuthnRegistrationFilter, which checks the answer against them. Does what Spring
 * Security's PublicKeyCredentialCreationOptionsFilter does, but reads the person from the portal's security context
 * strategy: that filter (7.1) reads the static holder, which the portal's Vaadin-aware strategy leaves empty, and
 * offers no way to hand it another. It stands after the authorization filter, whose rule demands both factors.
 */
final class RegistrationOptionsFilter extends OncePerRequestFilter {

    private final RequestMatcher matcher = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/webauthn/register/options");
    private final HttpSessionPublicKeyCredentialCreationOptionsRepository repository =
            new HttpSessionPublicKeyCredentialCreationOptionsRepository();
    private final HttpMessageConverter<Object> json = new JacksonJsonHttpMessageConverter(
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build());
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SecurityContextHolderStrategy securityContext;

    RegistrationOptionsFilter(WebAuthnRelyingPartyOperations relyingParty, SecurityContextHolderStrategy securityContext) {
        this.relyingParty = relyingParty;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!matcher.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        PublicKeyCredentialCreationOptions options = relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(securityContext.getContext().getAuthentication()));
        repository.save(request, response, options);
        response.setStatus(HttpServletResponse.SC_OK);
        json.write(options, MediaType.APPLICATION_JSON, new ServletServerHttpResponse(response));
    }
}
