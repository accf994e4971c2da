package jp.renkei.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per source address in the database, so that every application node
 * locks the same account and refuses the same address. Time comes from the application clock.
 */
@Component
class SignInAttempts {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** More failures than allowed came from this address within the window: it is refused for now. */
    boolean addressThrottled(String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(ADDRESS_WINDOW));
        int failures = jdbc.sql("select count(*) from sign_in_failure where source_address = ? and failed_at > ?")
                .params(address, since).query(Integer.class).single();
        return failures > FAILURES_PER_ADDRESS;
    }

    /**
     * One more failure for the address and, if the name is a real account that is not locked now, for that
     * account; the fifth in a row locks it. Attempts while it is locked do not extend the lock.
     */
    @Transactional
    void failed(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            jdbc.sql("delete from sign_in_failure where source_address = ? and failed_at <= ?")
                    .params(address, Timestamp.from(now.minus(ADDRESS_WINDOW))).update();
            jdbc.sql("insert into sign_in_failure (source_address, failed_at) values (?, ?)")
                    .params(address, Timestamp.from(now)).update();
        }
        // locked_until is assigned first: MariaDB evaluates a single-table SET from left to right.
        jdbc.sql("""
                update user_account
                   set locked_until = case when failed_sign_ins + 1 >= :limit then :until else null end,
                       failed_sign_ins = case when failed_sign_ins + 1 >= :limit then 0 else failed_sign_ins + 1 end
                 where username = :username and (locked_until is null or locked_until <= :now)""")
                .param("limit", FAILURES_BEFORE_LOCK).param("until", Timestamp.from(now.plus(LOCK)))
                .param("username", username).param("now", Timestamp.from(now)).update();
    }

    /** A complete sign-in (both factors): the failure count starts again and the sign-in time is kept. */
    @Transactional
    void succeeded(long userId) {
        jdbc.sql("""
                update user_account set failed_sign_ins = 0, locked_until = null, last_signed_in_at = ?
                 where id = ?""")
                .params(Timestamp.from(clock.instant()), userId).update();
    }
}
