package jp.renkei.identity.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.PasskeySettings;

/**
 * Spring Security's WebAuthn parts over the database (migration V31), so a passkey registered through one node
 * signs in through any other, its times from the portal's clock ({@link ClockedCredentials}); the relying party
 * (host name, origins) comes from {@link PasskeySettings}.
 */
@Configuration
class PasskeyConfiguration {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, Clock clock) {
        return new ClockedCredentials(new JdbcUserCredentialRepository(jdbc), clock);
    }

    @Bean
    AuditedRelyingParty relyingParty(PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials, PasskeySettings settings, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.builder().id(settings.rpId())
                .name(settings.rpName()).build();
        return new AuditedRelyingParty(
                new Webauthn4JRelyingPartyOperations(users, credentials, rp, settings.allowedOrigins()), currentUser,
                events);
    }
}
