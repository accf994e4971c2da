package jp.renkei.identity;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal as WebAuthn's relying party, under {@code renkei.webauthn}: {@code rp-id} is the host name passkeys are
 * bound to (a passkey made for one host does not work on another), {@code rp-name} what the authenticator shows,
 * {@code allowed-origins} the exact origins (scheme, host, port) the browser may sign from. The defaults fit the
 * run command on this machine (localhost); production sets all three (config/application-prod.yml).
 */
@ConfigurationProperties("renkei.webauthn")
public record PasskeySettings(String rpId, String rpName, Set<String> allowedOrigins) {

    public PasskeySettings {
        rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId;
        rpName = rpName == null || rpName.isBlank() ? "Renkei" : rpName;
        allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty() ? Set.of("http://localhost:8080")
                : Set.copyOf(allowedOrigins);
    }
}
