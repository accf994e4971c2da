package jp.renkei.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.notification.Notice;

/**
 * Tells a hospital's admins when one person opened an unusual number of patient records there in a short time
 * (a curious colleague or a stolen account looks like this in the trail). One alert per person and hospital per
 * window, on one node; the alert itself is an audit entry naming the person by account, never a patient.
 */
@Component
class UnusualAccessAlerts {

    static final String ALERT = "AUDIT_ALERT_UNUSUAL_ACCESS";

    private final AuditEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration window;
    private final long distinctRecords;

    UnusualAccessAlerts(AuditEntryRepository entries, ApplicationEventPublisher events, Clock clock,
            @Value("${renkei.audit.alert.window:PT1H}") Duration window,
            @Value("${renkei.audit.alert.distinct-records:40}") long distinctRecords) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
        this.window = window;
        this.distinctRecords = distinctRecords;
    }

    @Scheduled(fixedDelayString = "${renkei.audit.alert.check-every:PT10M}")
    @SchedulerLock(name = "audit-unusual-access",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.audit-unusual-access:PT8M}")
    @Transactional
    void check() {
        Instant since = clock.instant().minus(window);
        List<Object[]> heavy = entries.heavyReaders(since, distinctRecords);
        for (Object[] row : heavy) {
            long user = ((Number) row[0]).longValue();
            HospitalId hospital = HospitalId.of(((Number) row[1]).longValue());
            long records = ((Number) row[2]).longValue();
            String who = "user:" + user;
            if (!entries.existsByActionAndHospitalIdAndSubjectAndOccurredAtGreaterThanEqual(ALERT, hospital.value(),
                    who, since)) {
                events.publishEvent(new AuditEvent(null, "system", hospital, ALERT, who,
                        records + " records in " + window.toMinutes() + " min"));
                events.publishEvent(new Notice(hospital, Role.HOSPITAL_ADMIN, "notice.audit.unusualAccess",
                        List.of(String.valueOf(records), String.valueOf(window.toMinutes())), "audit"));
            }
        }
    }
}
