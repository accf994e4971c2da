package jp.renkei.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A registered passkey as Spring Security's JDBC repositories store it, for tests that need one without a browser. */
final class StoredPasskeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Timestamp REGISTERED = Timestamp.valueOf("2026-11-02 09:00:00");

    private StoredPasskeys() {
    }

    /** Stores a passkey labelled {@code label} for {@code username}; returns its credential id (base64url). */
    static String add(JdbcClient jdbc, String username, String label) {
        String handle = jdbc.sql("select id from user_entities where name = ?").param(username).query(String.class)
                .optional().orElseGet(() -> {
                    String created = randomId();
                    jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?)")
                            .params(created, username, username).update();
                    return created;
                });
        String credentialId = randomId();
        jdbc.sql("insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, "
                + "uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type, "
                + "backup_state, created, last_used, label) "
                + "values (?, ?, ?, 0, true, false, 'internal', 'public-key', false, ?, ?, ?)")
                .params(credentialId, handle, new byte[] { 1, 2, 3 }, REGISTERED, REGISTERED, label).update();
        return credentialId;
    }

    /** Ids are base64url text, as the repositories read them back. */
    private static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
