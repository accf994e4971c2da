package jp.renkei.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factor in the database: the encrypted TOTP secret, the last step used and the hashed
 * recovery codes. Every "use once" is a conditional UPDATE, so two nodes cannot both accept the same code.
 */
@Component
public class SecondFactorStore {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final PasswordEncoder hashes;
    private final Clock clock;

    SecondFactorStore(JdbcClient jdbc, SecretCipher cipher, PasswordEncoder hashes, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.hashes = hashes;
        this.clock = clock;
    }

    public boolean enrolled(long userId) {
        return storedSecret(userId).isPresent();
    }

    Optional<byte[]> secret(long userId) {
        return storedSecret(userId).map(cipher::decrypt);
    }

    Long lastUsedStep(long userId) {
        return jdbc.sql("select totp_last_step from user_account where id = ?").param(userId)
                .query(Long.class).optional().orElse(null);
    }

    /** True if {@code step} was not used yet and is now marked used (later steps only, so no code twice). */
    boolean useStep(long userId, long step) {
        return jdbc.sql("update user_account set totp_last_step = ? where id = ? "
                + "and (totp_last_step is null or totp_last_step < ?)").params(step, userId, step).update() == 1;
    }

    /** True if {@code typed} is one of the person's unused recovery codes, which is then used up. */
    @Transactional
    boolean useRecoveryCode(long userId, String typed) {
        String normalised = RecoveryCodes.normalise(typed);
        List<RecoveryCodeRow> unused = jdbc.sql("select id, code_hash from recovery_code "
                + "where user_id = ? and used_at is null").param(userId).query(RecoveryCodeRow.class).list();
        for (RecoveryCodeRow row : unused) {
            if (hashes.matches(normalised, row.codeHash())) {
                return jdbc.sql("update recovery_code set used_at = ? where id = ? and used_at is null")
                        .params(Timestamp.from(clock.instant()), row.id()).update() == 1;
            }
        }
        return false;
    }

    /** The person's secret and recovery codes from now on; earlier ones stop working. */
    @Transactional
    void enrol(long userId, byte[] secret, List<String> recoveryCodes, long confirmedStep) {
        jdbc.sql("update user_account set totp_secret = ?, totp_last_step = ? where id = ?")
                .params(cipher.encrypt(secret), confirmedStep, userId).update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        for (String code : recoveryCodes) {
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, hashes.encode(RecoveryCodes.normalise(code))).update();
        }
    }

    /**
     * Forgets the person's app, recovery codes and passkeys, and ends their open sessions on every node (as
     * signing out everywhere does): they enrol again at their next sign-in.
     */
    @Transactional
    public void reset(long userId) {
        jdbc.sql("update user_account set totp_secret = null, totp_last_step = null, sessions_ended_at = ? "
                + "where id = ?").params(Timestamp.from(clock.instant()), userId).update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_credentials where user_entity_user_id in (select e.id from user_entities e "
                + "join user_account a on a.username = e.name where a.id = ?)").param(userId).update();
    }

    public int unusedRecoveryCodes(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(userId)
                .query(Integer.class).single();
    }

    private Optional<String> storedSecret(long userId) {
        return jdbc.sql("select totp_secret from user_account where id = ?").param(userId)
                .query(String.class).optional();
    }

    record RecoveryCodeRow(long id, String codeHash) {
    }
}
