package jp.renkei.recontact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.text.FreeText;
import jp.renkei.shared.workflow.Refused;

/**
 * The network admin's list of biomarker → therapy approvals (network-level, no patient data). Saving one that is
 * already there changes nothing but matches past cases again, which the tasks' unique key turns into no new task.
 */
@Service
public class TherapyApprovals {

    private final ApprovalStore store;
    private final CancerTypeCatalogue cancerTypes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TherapyApprovals(ApprovalStore store, CancerTypeCatalogue cancerTypes, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cancerTypes = cancerTypes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public TherapyApproval record(NewTherapyApproval input) {
        SignedInUser admin = currentUser.require();
        String gene = required("recontact.error.geneRequired", FreeText.name("input.field.gene", input.gene(), 100))
                .toUpperCase(Locale.ROOT);
        String alteration = orAny(FreeText.line("input.field.alteration", input.alteration(), 100));
        String drug = required("recontact.error.drugRequired", FreeText.line("input.field.therapy", input.drug(), 200));
        // the source is a citation; "note" is the nearest field label the input checks know
        String source = required("recontact.error.sourceRequired", FreeText.line("input.field.note", input.source(),
                500));
        String cancerType = input.cancerTypeCode() == null || input.cancerTypeCode().isBlank() ? TherapyApproval.ANY
                : cancerTypes.byCode(input.cancerTypeCode()).orElseThrow(() -> new Refused(
                        "recontact.error.cancerType", "unknown OncoTree code " + input.cancerTypeCode())).code();
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        if (input.approvedOn() == null || input.approvedOn().isAfter(today)) {
            throw new Refused("recontact.error.approvedOn", "approved on " + input.approvedOn());
        }
        Instant now = clock.instant();
        TherapyApproval approval = store.save(gene, alteration, cancerType, drug, input.approvedOn(), source,
                admin.displayName(), now);
        events.publishEvent(new TherapyApprovalRecorded(approval.id(), now));
        events.publishEvent(AuditEvent.byUser(admin.id(), admin.displayName(), null, "THERAPY_APPROVAL_RECORDED",
                "therapy_approval:" + approval.id(), gene + " " + alteration + " " + cancerType + " " + drug));
        return approval;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<TherapyApproval> list() {
        return store.all();
    }

    private static String required(String messageKey, String value) {
        if (value == null || value.isBlank()) {
            throw new Refused(messageKey, "missing");
        }
        return value.strip();
    }

    private static String orAny(String alteration) {
        return alteration == null || alteration.isBlank() ? TherapyApproval.ANY : alteration.strip();
    }
}
