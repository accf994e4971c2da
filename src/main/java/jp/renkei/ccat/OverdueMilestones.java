package jp.renkei.ccat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Every quarter hour, on one node: each step past its due date is announced once per spell to its owner, or to
 * the testing hospital's coordinators while nobody has taken it on; an overdue explanation also to the referring
 * hospital's liaison clinicians, who give it. A re-planned due date is a new spell.
 * No patient in the notice: it travels by email; the link opens the test page.
 */
@Component
class OverdueMilestones {

    private static final Logger log = LoggerFactory.getLogger(OverdueMilestones.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final TestMilestoneRepository milestones;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueMilestones(TestMilestoneRepository milestones, HospitalScopes scopes, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.milestones = milestones;
        this.scopes = scopes;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renkei.ccat.overdue-check:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "ccat-overdue-milestones",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.ccat-overdue-milestones:PT12M}",
            lockAtMostFor = "PT14M")
    void notifyOverdueSteps() {
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        for (Long hospital : milestones.hospitalsWithUnnoticedOverdue(today)) {
            try {
                scopes.runAs(HospitalId.of(hospital), "overdue C-CAT milestones",
                        () -> transactions.executeWithoutResult(tx -> notifyAt(hospital, today)));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // someone recorded one of these steps first; the next run sees what is still overdue
                log.info("Overdue C-CAT check at hospital {} deferred: {}", hospital, changedMeanwhile.getMessage());
            }
        }
    }

    private void notifyAt(long hospital, LocalDate today) {
        List<TestMilestone> overdue = milestones.overdueAt(hospital, today);
        for (TestMilestone step : overdue) {
            if (!step.markOverdueNoticeSent()) {
                continue;
            }
            List<String> arguments = step.ownerName() == null ? List.of(String.valueOf(step.testId()),
                    DAY.format(step.dueOn())) : List.of(String.valueOf(step.testId()), DAY.format(step.dueOn()),
                            step.ownerName());
            String key = step.ownerName() == null ? "notice.ccat.milestone.overdueUnassigned"
                    : "notice.ccat.milestone.overdueOwned";
            String link = "ccat/tests/" + step.testId();
            events.publishEvent(step.owner() == null
                    ? new Notice(step.partnerHospitalId(), Role.CORE_COORDINATOR, key, arguments, link)
                    : Notice.toPeople(Set.of(step.owner()), step.partnerHospitalId(), Role.CORE_COORDINATOR, key,
                            arguments, link));
            if (step.step() == MilestoneStep.RESULT_EXPLAINED) {
                events.publishEvent(new Notice(step.originHospitalId(), Role.LIAISON_CLINICIAN,
                        "notice.ccat.milestone.explanationOverdue", arguments.subList(0, 2), link));
            }
        }
    }
}
