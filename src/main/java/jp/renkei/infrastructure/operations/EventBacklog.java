package jp.renkei.infrastructure.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What Spring Modulith's event publication registry still holds undelivered, counted in the database so every
 * node reports the same figures. Publications are shared by all nodes: these are network-wide numbers.
 */
@Component
class EventBacklog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EventBacklog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every publication whose listener has not completed: pending, being processed or failed. */
    long incomplete() {
        return count("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null");
    }

    /** Deliveries whose listener threw (a mail outage, say); {@code DeliveryRetries} tries them again. */
    long failed() {
        return count("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and STATUS = 'FAILED'");
    }

    /**
     * Publications that never failed yet are still undelivered after {@code age}: their listener hangs, or the
     * node that took them died. Failed ones are left out; they wait for their retry by design.
     */
    long stalledLongerThan(Duration age) {
        Timestamp before = Timestamp.from(clock.instant().minus(age));
        return count("""
                select count(*) from EVENT_PUBLICATION
                where COMPLETION_DATE is null and (STATUS is null or STATUS <> 'FAILED') and PUBLICATION_DATE < ?""",
                before);
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
