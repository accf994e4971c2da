package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.referral.Sex;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Demo network: one case 東都 opened for its own patient (no referral), placed like any case, so on the upcoming
 * meeting while it has room. Idempotent: opened once, recognised by the patient ID.
 */
@Component
@Order(35)
class OwnPatientCaseDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final String PATIENT_ID = "T-0042871";

    private final PanelCaseOpener opener;
    private final PanelOwnPatientRepository ownPatients;
    private final HospitalScopes scopes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OwnPatientCaseDemoData(PanelCaseOpener opener, PanelOwnPatientRepository ownPatients, HospitalScopes scopes,
            PlatformTransactionManager transactions, Clock clock) {
        this.opener = opener;
        this.ownPatients = ownPatients;
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactions);
        // the assigner's meeting count must see committed cases (see PanelCaseAssigner)
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo own-patient case", () -> transaction.executeWithoutResult(tx -> seed()));
    }

    private void seed() {
        if (ownPatients.existsByHospitalPatientId(PATIENT_ID)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        PanelCase opened = opener.open(TOTO, TOTO, null, "LUAD", clock.instant().minus(Duration.ofDays(2)))
                .panelCase();
        ownPatients.save(new PanelOwnPatient(TOTO, opened.id(), new NewOwnPatientCase(PATIENT_ID, "北村 和夫",
                "キタムラ カズオ", LocalDate.of(1957, 6, 21), Sex.MALE, "LUAD",
                "肺腺癌 cStage IVB（脳転移）。EGFR・ALK 陰性。一次治療（化学療法＋免疫療法）後に増悪。当院呼吸器内科で加療中。",
                today.minusDays(40), "呼吸器内科 長谷川 聡")));
    }
}
