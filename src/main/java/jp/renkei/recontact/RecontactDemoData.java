package jp.renkei.recontact;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.demo.DemoProfileRunner;

/**
 * One recontact waiting in the demo: a made-up approval (named as such) for KRAS p.G12D in pancreatic cancer, three
 * days ago, which matches the pancreatic case 東都's panel concluded for 相模野 weeks before (referral 17 of the
 * panel-skip history), so 相模野's clinician and 東都's coordinator each find one task. Runs after the panel demo data;
 * saving again on the next start raises nothing new.
 */
@Component
@Order(70)
class RecontactDemoData extends DemoProfileRunner {

    private final ApprovalStore approvals;
    private final RecontactMatcher matcher;
    private final Clock clock;

    RecontactDemoData(ApprovalStore approvals, RecontactMatcher matcher, Clock clock) {
        this.approvals = approvals;
        this.matcher = matcher;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        if (!approvals.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        TherapyApproval approval = approvals.save("KRAS", "p.G12D", "PAAD", "（デモ）KRAS G12D阻害薬",
                today.minusDays(3), "デモ用の架空の承認です（実在しません）", "中原 徹", clock.instant());
        matcher.raise(approval.id());
    }
}
