package jp.renkei.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentActor;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.referral.attachment.InspectedFile;
import jp.renkei.referral.eligibility.EligibilityResult;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.HistoryEntry;
import jp.renkei.tenancy.HospitalDirectory;
import jp.renkei.tenancy.HospitalSummary;
import jp.renkei.tenancy.PartnerLink;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * Referral use cases. Liaison clinicians write, send, answer and withdraw; the receiving hospital's
 * coordinators accept, decline, ask back and carry the case to closure. Every step takes the version the
 * person saw, so two people acting at once cannot overwrite each other.
 */
@Service
public class ReferralService {

    static final int ACKNOWLEDGEMENT_BUSINESS_DAYS = 2;

    private final ReferralRepository referrals;
    private final ReferralListReader listReader;
    private final PatientRepository patients;
    private final ReferralAttachmentRepository attachments;
    private final ReferralEligibility eligibility;
    private final ReferralLetter letter;
    private final HospitalDirectory hospitals;
    private final HospitalContext hospitalContext;
    private final CurrentUser currentUser;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
    private final AttachmentInspector inspector = new AttachmentInspector();
    private final Clock clock;
    private final CancerTypeCatalogue cancerTypes = CancerTypeCatalogue.shared();

    ReferralService(ReferralRepository referrals, ReferralListReader listReader, PatientRepository patients,
            ReferralAttachmentRepository attachments, ReferralEligibility eligibility, ReferralLetter letter,
            HospitalDirectory hospitals, HospitalContext hospitalContext, CurrentUser currentUser,
            CurrentActor actors, ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.listReader = listReader;
        this.patients = patients;
        this.attachments = attachments;
        this.eligibility = eligibility;
        this.letter = letter;
        this.hospitals = hospitals;
        this.hospitalContext = hospitalContext;
        this.currentUser = currentUser;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Partners this hospital may refer to: its linked core and designated hospitals. */
    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public List<HospitalSummary> receivingHospitals() {
        return hospitals.partnersOf(hospitalContext.require()).stream()
                .map(PartnerLink::hospital)
                .filter(h -> h.tier().receivesReferrals())
                .toList();
    }

    /** Only liaison clinicians write referrals; coordinators receive them. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    public boolean canCreate() {
        return currentUser.require().has(Role.LIAISON_CLINICIAN);
    }

    /** A patient this hospital already referred, to fill the form from. */
    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public Optional<PatientParticulars> knownPatient(String hospitalPatientId) {
        return patients.findByHospitalPatientId(hospitalPatientId.strip()).map(Patient::particulars);
    }

    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional(readOnly = true)
    public EligibilityResult assess(HospitalId receiving, ReferralContent content) {
        return eligibility.assess(hospitals.get(receiving), content, today());
    }

    /** Creates a draft (id null) or saves changes to one; returns the saved state's id and version. */
    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails saveDraft(ReferralId id, Long expectedVersion, HospitalId receiving,
            ReferralContent typed) {
        ReferralContent content = ReferralTexts.checked(typed);
        Map<String, String> problems = ReferralValidation.forDraft(content, today());
        if (!problems.isEmpty()) {
            throw new ReferralInvalid(problems);
        }
        Actor actor = actors.require();
        Instant now = clock.instant();
        long patientId = rememberPatient(actor.hospital(), content.patient(), now);
        Referral referral;
        if (id == null) {
            requirePartner(actor.hospital(), receiving);
            referral = new Referral(actor.hospital(), receiving, patientId, actor, content, now);
        } else {
            referral = load(id, expectedVersion);
            referral.revise(actor, patientId, content, now);
        }
        return saved(referral, actor);
    }

    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails submit(ReferralId id, long expectedVersion, String typedJustification) {
        String justification = ReferralTexts.justification(typedJustification);
        return step(id, expectedVersion, (referral, actor, now) -> referral.submit(actor,
                warningsFor(referral, requireComplete(referral)), justification, acknowledgementDue(now), now));
    }

    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails answerAndResubmit(ReferralId id, long expectedVersion, String typedAnswer,
            String typedJustification) {
        String answer = ReferralTexts.note(typedAnswer);
        String justification = ReferralTexts.justification(typedJustification);
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.answerAndResubmit(actor, answer, warningsFor(referral, requireComplete(referral)),
                        justification, acknowledgementDue(now), now));
    }

    @PreAuthorize("hasRole('LIAISON_CLINICIAN')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails withdraw(ReferralId id, long expectedVersion, String reason) {
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.withdraw(actor, ReferralTexts.note(reason), now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails accept(ReferralId id, long expectedVersion, String note) {
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.accept(actor, ReferralTexts.note(note), now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails decline(ReferralId id, long expectedVersion, String reason) {
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.decline(actor, ReferralTexts.note(reason), now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails returnForInformation(ReferralId id, long expectedVersion, String question) {
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.returnForInformation(actor, ReferralTexts.note(question), now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails schedule(ReferralId id, long expectedVersion, LocalDate on, String note) {
        return schedule(id, expectedVersion, on == null ? null : new ScheduledVisit(on, null, null), note);
    }

    /** Sets or moves the visit: a date from today on, with a time and a place (department, room) when known. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails schedule(ReferralId id, long expectedVersion, ScheduledVisit typedVisit, String typedNote) {
        ScheduledVisit visit = ReferralTexts.visit(typedVisit);
        String note = ReferralTexts.note(typedNote);
        if (visit == null || visit.date().isBefore(today())) {
            throw new ReferralInvalid(Map.of("scheduledOn", "referral.validation.scheduleDate"));
        }
        return step(id, expectedVersion, (referral, actor, now) -> referral.schedule(actor, visit, note, now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails orderTest(ReferralId id, long expectedVersion, String testName) {
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.orderTest(actor, ReferralTexts.testName(testName), now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails returnResults(ReferralId id, long expectedVersion, String note) {
        return step(id, expectedVersion, (referral, actor, now) ->
                referral.returnResults(actor, ReferralTexts.note(note), now));
    }

    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public ReferralDetails close(ReferralId id, long expectedVersion, String note) {
        return step(id, expectedVersion, (referral, actor, now) -> referral.close(actor, ReferralTexts.note(note), now));
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional // not read-only: the read is audited in the same transaction
    public ReferralDetails get(ReferralId id) {
        HospitalId viewer = hospitalContext.require();
        Referral referral = visible(id, viewer);
        audit(actors.require(), "REFERRAL_VIEWED", id, null);
        return details(referral, viewer);
    }

    /** The narrow question a later workflow asks (counseling books for this patient): who, not the whole referral. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional // not read-only: the read is audited in the same transaction
    public ReferredPatient patientFor(ReferralId id) {
        Referral referral = visible(id, hospitalContext.require());
        audit(actors.require(), "REFERRAL_PATIENT_READ", id, null);
        return new ReferredPatient(referral.patient().hospitalPatientId(), referral.patient().nameKanji());
    }

    /**
     * The same narrow question for a list (the C-CAT worklist, ledger and billing list name each row's patient): the
     * referrals visible to this hospital among {@code ids}, one audit entry naming them all.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional // not read-only: the read is audited in the same transaction
    public Map<ReferralId, ReferredPatient> patientsFor(Collection<ReferralId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ReferralId, ReferredPatient> found = new HashMap<>();
        referrals.findAllById(ids.stream().map(ReferralId::value).toList()).forEach(r -> found.put(r.id(),
                new ReferredPatient(r.patient().hospitalPatientId(), r.patient().nameKanji())));
        audit(actors.require(), "REFERRAL_PATIENTS_LISTED", null,
                found.keySet().stream().map(ReferralId::display).sorted().collect(Collectors.joining(" ")));
        return found;
    }

    /** The narrow question an expert panel asks for its meeting agenda: the case, without the patient's identity. */
    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER')")
    @Transactional // not read-only: the read is audited in the same transaction
    public ReferralCaseSummary caseSummaryFor(ReferralId id) {
        Referral referral = visible(id, hospitalContext.require());
        audit(actors.require(), "REFERRAL_CASE_SUMMARY_READ", id, null);
        ClinicalDetails clinical = referral.clinical();
        String code = clinical == null ? null : clinical.cancerTypeCode();
        String label = code == null ? null : cancerTypes.byCode(code)
                .map(t -> t.label(MessageBundleI18NProvider.JAPANESE)).orElse(code);
        return new ReferralCaseSummary(referral.id(), hospitals.get(referral.originHospitalId()).nameJa(),
                referral.referringUserName(), code, label, clinical == null ? null : clinical.summary(),
                referral.services());
    }

    /**
     * The narrow question an expert panel's case page asks for its turnaround: dates only, no patient identity (the
     * case page that shows them is audited), so panel members and admins may ask too.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'HOSPITAL_ADMIN', 'PANEL_MEMBER')")
    @Transactional(readOnly = true)
    public ReferralMilestones milestonesFor(ReferralId id) {
        Referral referral = visible(id, hospitalContext.require());
        // an embedded specimen with every column empty loads as null
        Specimen specimen = referral.specimen();
        return new ReferralMilestones(referral.submittedAt(), specimen == null ? null : specimen.collectedOn());
    }

    /**
     * The narrow question C-CAT tracking asks for a test's clinical-data completeness: what the referral already
     * says, without the patient's identity (the test page showing it is audited).
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public ReferralClinicalFacts clinicalFactsFor(ReferralId id) {
        Referral referral = visible(id, hospitalContext.require());
        PatientParticulars patient = referral.patient();
        // embedded records with every column empty load as null
        ClinicalDetails clinical = Objects.requireNonNullElse(referral.clinical(),
                new ClinicalDetails(null, null, null, null, null, null));
        Specimen specimen = Objects.requireNonNullElse(referral.specimen(), Specimen.unknown());
        return new ReferralClinicalFacts(patient != null && patient.birthDate() != null,
                patient != null && patient.sex() != null, clinical.cancerTypeCode(), clinical.stage(),
                clinical.ecogPerformanceStatus(), clinical.treatmentLine(), clinical.standardTreatment(),
                specimen.type(), specimen.collectedOn(), specimen.tumourCellularityPercent());
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> list(ReferralFilter filter, int offset, int limit) {
        return list(filter, ReferralSort.NEWEST_ACTIVITY, false, offset, limit);
    }

    /** A page of the list in the chosen order (each order has an index that starts with the hospital). */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> list(ReferralFilter filter, ReferralSort order, boolean ascending, int offset,
            int limit) {
        return list(filter, order, ascending, offset, limit, null);
    }

    /**
     * The page at {@code offset}, continuing from a {@code bookmark} of the same list the caller was served (at or
     * before the offset, {@code null} for none). In a seekable order (newest activity, number) the page is sought
     * after the bookmark's row, so a page 50,000 rows down costs about what the first does; other orders and pages
     * without a bookmark are read by offset.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ReferralSummary> list(ReferralFilter filter, ReferralSort order, boolean ascending, int offset,
            int limit, ReferralListBookmark bookmark) {
        // No total count: counting a million rows costs more than the page itself; the grid scrolls on.
        return listReader.page(hospitalContext.require(), readsAsReferrer(), filter, order, ascending, offset, limit,
                bookmark, clock.instant());
    }

    /**
     * The list's rows of a few referrals named by id (the counseling page's panel follow-ups): those among
     * {@code ids} that this person's list shows, by the list's own rule, in one query whatever their number. Each
     * row names its patient, so each is audited as {@link #patientFor} audits a read.
     */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional // not read-only: the read is audited in the same transaction
    public Map<ReferralId, ReferralSummary> summariesOf(Collection<ReferralId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ReferralSummary> rows = listReader.among(hospitalContext.require(), readsAsReferrer(), ids,
                clock.instant());
        Actor actor = actors.require();
        rows.forEach(r -> audit(actor, "REFERRAL_PATIENT_READ", r.id(), null));
        return rows.stream().collect(Collectors.toMap(ReferralSummary::id, s -> s));
    }

    /** The referral's two hospitals, in one call. */
    private Map<HospitalId, HospitalSummary> hospitalsOf(Referral referral) {
        Map<HospitalId, HospitalSummary> names = new HashMap<>();
        hospitals.getAll(List.of(referral.originHospitalId(), referral.partnerHospitalId()))
                .forEach(h -> names.put(h.id(), h));
        return names;
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public AttachmentInfo attach(ReferralId id, String fileName, byte[] content) {
        Actor actor = actors.require();
        Referral referral = visible(id, actor.hospital());
        InspectedFile inspected = inspector.inspect(fileName, content);
        Instant now = clock.instant();
        ReferralAttachment saved = attachments.save(new ReferralAttachment(referral.originHospitalId(),
                referral.partnerHospitalId(), id, inspected.fileName(), inspected.type().mimeType(),
                inspected.sha256Hex(), content, actor.name(), now));
        referral.noteAttachment(actor, inspected.fileName(), now);
        events.publishEvent(new jp.renkei.shared.live.LiveChange(jp.renkei.shared.live.LiveTopics.referral(id.value())));
        audit(actor, "REFERRAL_ATTACHMENT_ADDED", id, inspected.fileName() + " sha256=" + inspected.sha256Hex());
        return saved.toInfo();
    }

    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional // not read-only: the read is audited in the same transaction
    public AttachmentDownload download(long attachmentId) {
        ReferralAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new ReferralNotFound("attachment " + attachmentId));
        audit(actors.require(), "REFERRAL_ATTACHMENT_DOWNLOADED", attachment.referral(), "attachment:" + attachmentId);
        return attachment.toDownload();
    }

    /** The referral letter (診療情報提供書) as an A4 PDF in Japanese, for the two hospitals only. */
    @PreAuthorize("hasAnyRole('LIAISON_CLINICIAN', 'CORE_COORDINATOR')")
    @Transactional // not read-only: the read is audited in the same transaction
    public byte[] letterPdf(ReferralId id) {
        HospitalId viewer = hospitalContext.require();
        ReferralDetails details = details(visible(id, viewer), viewer);
        audit(actors.require(), "REFERRAL_LETTER_PRINTED", id, null);
        return letter.render(details, today());
    }

    /** One workflow step as the person saw it (version): load, one transition, save; listeners do the rest. */
    private ReferralDetails step(ReferralId id, long expectedVersion, Transition transition) {
        Actor actor = actors.require();
        Referral referral = load(id, expectedVersion);
        transition.apply(referral, actor, clock.instant());
        return saved(referral, actor);
    }

    @FunctionalInterface
    private interface Transition {
        void apply(Referral referral, Actor actor, Instant now);
    }

    /** Saving publishes the events the transition registered (notices, audit, other modules listen). */
    private ReferralDetails saved(Referral referral, Actor actor) {
        Referral saved = referrals.save(referral);
        referrals.flush();
        return details(saved, actor.hospital());
    }

    private Referral load(ReferralId id, Long expectedVersion) {
        Referral referral = visible(id, hospitalContext.require());
        if (expectedVersion != null && referral.version() != expectedVersion) {
            throw new ReferralChangedConcurrently(id);
        }
        return referral;
    }

    /** The tenant filter already hides other hospitals' referrals; drafts stay hidden from the receiver. */
    private Referral visible(ReferralId id, HospitalId viewer) {
        Referral referral = referrals.findById(id.value()).orElseThrow(() -> new ReferralNotFound(id.display()));
        if (!referral.originHospitalId().equals(viewer) && !referral.status().visibleToReceiver()) {
            throw new ReferralNotFound(id.display());
        }
        return referral;
    }

    private long rememberPatient(HospitalId hospital, PatientParticulars particulars, Instant now) {
        Patient patient = patients.findByHospitalPatientId(particulars.hospitalPatientId())
                .orElseGet(() -> patients.save(new Patient(hospital, particulars, now)));
        patient.update(particulars);
        return patient.id();
    }

    private void requirePartner(HospitalId referring, HospitalId receiving) {
        boolean partner = hospitals.partnersOf(referring).stream()
                .anyMatch(link -> link.hospital().id().equals(receiving) && link.hospital().tier().receivesReferrals());
        if (!partner) {
            throw new ReferralInvalid(Map.of("receivingHospital", "referral.validation.receiverNotPartner"));
        }
    }

    private ReferralContent requireComplete(Referral referral) {
        ReferralContent content = contentOf(referral);
        Map<String, String> problems = ReferralValidation.forSubmission(content, today());
        if (!problems.isEmpty()) {
            throw new ReferralInvalid(problems);
        }
        return content;
    }

    private int warningsFor(Referral referral, ReferralContent content) {
        return eligibility.assess(hospitals.get(referral.partnerHospitalId()), content, today()).warnings().size();
    }

    private Instant acknowledgementDue(Instant submittedAt) {
        return calendar.endOfBusinessDaysAfter(submittedAt, ACKNOWLEDGEMENT_BUSINESS_DAYS, JapanTime.ZONE);
    }

    private boolean readsAsReferrer() {
        SignedInUser user = currentUser.require();
        return !user.has(Role.CORE_COORDINATOR);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapanTime.ZONE));
    }

    private void audit(Actor actor, String action, ReferralId id, String detail) {
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action,
                id == null ? null : "referral:" + id.display(), detail));
    }

    private static ReferralContent contentOf(Referral referral) {
        return new ReferralContent(referral.patient(), referral.clinical(), referral.specimen(), referral.priorTests(),
                referral.services(), referral.eligibilityJustification());
    }

    private ReferralDetails details(Referral referral, HospitalId viewer) {
        Map<HospitalId, HospitalSummary> sides = hospitalsOf(referral);
        return new ReferralDetails(referral.id(), referral.version(), referral.status(),
                referral.originHospitalId().equals(viewer), sides.get(referral.originHospitalId()),
                sides.get(referral.partnerHospitalId()), referral.referringUserName(), contentOf(referral),
                referral.eligibilityWarnings(), referral.eligibilityJustification(), referral.pendingQuestion(),
                referral.visit(), referral.orderedTest(), referral.submittedAt(), referral.acknowledgementDueAt(),
                referral.isOverdue(clock.instant()), referral.timeline().stream().map(ReferralService::entry).toList(),
                attachments.describe(referral.id().value()), referral.nextSteps());
    }

    private static TimelineEntry entry(HistoryEntry entry) {
        return new TimelineEntry(entry.occurredAt(), entry.actorUserId(), entry.actorName(), entry.actorHospitalId(),
                ReferralStep.valueOf(entry.action()), entry.detail() == null ? null : ReferralStatus.valueOf(entry.detail()),
                entry.note());
    }
}
