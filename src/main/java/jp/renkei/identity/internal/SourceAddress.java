package jp.renkei.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Where a sign-in came from, as the servlet container saw it; null when it did not come over the web. */
final class SourceAddress {

    private SourceAddress() {
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
