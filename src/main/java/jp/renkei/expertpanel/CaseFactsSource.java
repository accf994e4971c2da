package jp.renkei.expertpanel;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralMilestones;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferredPatient;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.tenancy.HospitalDirectory;

/**
 * The one place that knows where a case's facts come from: the referral (asked of the referral module, which
 * audits its reads) or, for the hospital's own patient, {@link PanelOwnPatient} (read here, audited here). The
 * agenda, the report, the turnaround and every case title ask this instead of the referral.
 */
@Component
class CaseFactsSource {

    private final ReferralService referrals;
    private final PanelOwnPatientRepository ownPatients;
    private final HospitalDirectory hospitals;
    private final CancerTypeCatalogue cancerTypes;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    CaseFactsSource(ReferralService referrals, PanelOwnPatientRepository ownPatients, HospitalDirectory hospitals,
            CancerTypeCatalogue cancerTypes, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.ownPatients = ownPatients;
        this.hospitals = hospitals;
        this.cancerTypes = cancerTypes;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** The number people know the case by: its referral number, or the hospital's own patient ID. */
    @Transactional(propagation = Propagation.MANDATORY)
    String number(PanelCase c) {
        return c.referralId() != null ? new ReferralId(c.referralId()).display() : own(c).hospitalPatientId();
    }

    /** {@link #number} for a page of cases, their own patients read in one query; keyed by case id. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, String> numbers(Collection<PanelCase> cases) {
        Set<Long> ownIds = cases.stream().filter(c -> c.referralId() == null).map(PanelCase::id)
                .collect(Collectors.toSet());
        Map<Long, String> ownNumbers = ownIds.isEmpty() ? Map.of() : ownPatients.findAllById(ownIds).stream()
                .collect(Collectors.toMap(PanelOwnPatient::panelCaseId, PanelOwnPatient::hospitalPatientId));
        return cases.stream().collect(Collectors.toMap(PanelCase::id, c -> c.referralId() != null
                ? new ReferralId(c.referralId()).display()
                : Objects.requireNonNullElse(ownNumbers.get(c.id()), ""), (a, b) -> a));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    CaseHeader header(PanelCase c) {
        if (c.referralId() != null) {
            return CaseHeader.referred(referrals.caseSummaryFor(new ReferralId(c.referralId())));
        }
        PanelOwnPatient own = audited(c, "PANEL_OWN_PATIENT_CASE_READ");
        return new CaseHeader(own.hospitalPatientId(), "panel.ownCase.patientIdLabel", "panel.ownCase.patientLine",
                hospitals.get(c.partnerHospitalId()).nameJa(), "panel.ownCase.originLabel",
                own.attendingPhysician(), own.cancerTypeCode(), cancerTypes.byCode(own.cancerTypeCode())
                        .map(t -> t.label(MessageBundleI18NProvider.JAPANESE)).orElse(own.cancerTypeCode()),
                own.clinicalSummary(),
                Set.of(RequestedService.EXPERT_PANEL));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ReferredPatient patient(PanelCase c) {
        return c.referralId() != null ? referrals.patientFor(new ReferralId(c.referralId()))
                : audited(c, "PANEL_OWN_PATIENT_READ").patient();
    }

    /** Dates only, no identity: not audited (the case page showing them is). */
    @Transactional(propagation = Propagation.MANDATORY)
    ReferralMilestones milestones(PanelCase c) {
        return c.referralId() != null ? referrals.milestonesFor(new ReferralId(c.referralId()))
                : own(c).milestones();
    }

    private PanelOwnPatient audited(PanelCase c, String action) {
        PanelOwnPatient own = own(c);
        Actor actor = currentActor.require();
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                "panel_case:" + c.id(), null));
        return own;
    }

    private PanelOwnPatient own(PanelCase c) {
        return ownPatients.findById(c.id()).orElseThrow(() -> new PanelCaseNotFound(c.id()));
    }
}
