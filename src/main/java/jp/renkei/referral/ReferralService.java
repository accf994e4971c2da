package jp.renkei.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
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
    static final int OVERDUE_FIRST_MAX = 200;

    private final ReferralRepository referrals;
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

    ReferralService(ReferralRepository referrals, PatientRepository patients, ReferralAttachmentRepository attachments,
            ReferralEligibility eligibility, ReferralLetter letter, HospitalDirectory hospitals,
            HospitalContext hospitalContext, CurrentUser currentUser, CurrentActor actors,
            ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
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
        HospitalId hospital = hospitalContext.require();
        Instant now = clock.instant();
        // No total count: counting a million rows costs more than the page itself; the grid scrolls on.
        List<Referral> rows = order == ReferralSort.NEWEST_ACTIVITY && !ascending && !filter.overdueOnly()
                ? overdueFirst(hospital, filter, now, offset, limit, bookmark)
                : page(ReferralListQuery.of(hospital, readsAsReferrer(), filter, now, JapanTime.ZONE), order,
                        ascending, offset, limit, bookmark);
        return summaries(rows, now);
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
        Instant now = clock.instant();
        List<Referral> rows = referrals.findAll(ReferralListQuery.of(hospitalContext.require(), readsAsReferrer(),
                ReferralFilter.everything(), now, JapanTime.ZONE).and(ReferralListQuery.among(ids)));
        Actor actor = actors.require();
        rows.forEach(r -> audit(actor, "REFERRAL_PATIENT_READ", r.id(), null));
        return summaries(rows, now).stream().collect(Collectors.toMap(ReferralSummary::id, s -> s));
    }

    /** Rows as the list shows them. */
    private List<ReferralSummary> summaries(List<Referral> rows, Instant now) {
        Map<HospitalId, HospitalSummary> names = hospitalsOf(rows);
        return rows.stream().map(r -> summary(r, names, now)).toList();
    }

    /** Both hospitals of every referral, in one call and one query. */
    private Map<HospitalId, HospitalSummary> hospitalsOf(List<Referral> rows) {
        Map<HospitalId, HospitalSummary> names = new HashMap<>();
        rows.forEach(r -> {
            names.put(r.originHospitalId(), null);
            names.put(r.partnerHospitalId(), null);
        });
        hospitals.getAll(names.keySet()).forEach(h -> names.put(h.id(), h));
        return names;
    }

    /**
     * The default order puts what is overdue first (earliest deadline first), then everything else by newest
     * activity. Two index-backed queries per page (three on a page after the first with late rows on it); the
     * overdue part is small by nature and capped: past the cap the list falls back to plain activity order rather
     * than hide a row.
     */
    private List<Referral> overdueFirst(HospitalId hospital, ReferralFilter filter, Instant now, int offset,
            int limit, ReferralListBookmark bookmark) {
        boolean referrer = readsAsReferrer();
        Specification<Referral> overdue = ReferralListQuery.of(hospital, referrer, filter, now, JapanTime.ZONE,
                ReferralListQuery.Lateness.OVERDUE);
        Specification<Referral> notOverdue = ReferralListQuery.of(hospital, referrer, filter, now, JapanTime.ZONE,
                ReferralListQuery.Lateness.NOT_OVERDUE);
        List<Referral> firstLate = null;
        if (offset == 0 && limit <= OVERDUE_FIRST_MAX) {
            // The first page (every list opened, every search): its late rows read as rows, not as ids and then
            // rows. Fewer than a page of them are all there are, so the rest follows without counting them.
            firstLate = referrals.page(overdue, ReferralSort.ACKNOWLEDGEMENT_DUE.sort(true), 0, limit);
            if (firstLate.size() < limit) {
                List<Referral> page = new ArrayList<>(firstLate);
                page.addAll(referrals.page(notOverdue, ReferralSort.NEWEST_ACTIVITY.sort(false), 0,
                        limit - firstLate.size()));
                return page;
            }
        }
        // ids only, on an index (hospital, status, due): knowing how many are late costs no entity loading
        List<Long> late = referrals.pageOfIds(overdue, ReferralSort.ACKNOWLEDGEMENT_DUE.sort(true), 0,
                OVERDUE_FIRST_MAX + 1);
        if (late.size() > OVERDUE_FIRST_MAX) {
            return page(ReferralListQuery.of(hospital, referrer, filter, now, JapanTime.ZONE),
                    ReferralSort.NEWEST_ACTIVITY, false, offset, limit, bookmark);
        }
        if (firstLate != null) {
            return firstLate; // a whole first page of late rows
        }
        List<Long> lateOnPage = late.subList(Math.min(offset, late.size()), Math.min(offset + limit, late.size()));
        Map<Long, Referral> loaded = new HashMap<>();
        referrals.findAllById(lateOnPage).forEach(r -> loaded.put(r.id().value(), r));
        List<Referral> page = new ArrayList<>(lateOnPage.stream().map(loaded::get).filter(Objects::nonNull).toList());
        if (page.size() < limit) {
            // a bookmark on a row past the late ones is a place in the rest of the list
            ReferralListBookmark inRest = bookmark == null || bookmark.offset() <= late.size()
                    || late.contains(bookmark.rowBefore().id().value()) ? null
                            : new ReferralListBookmark(bookmark.offset() - late.size(), bookmark.rowBefore());
            page.addAll(page(notOverdue, ReferralSort.NEWEST_ACTIVITY, false, Math.max(0, offset - late.size()),
                    limit - page.size(), inRest));
        }
        return page;
    }

    /** Sought after the bookmark's row when the order allows it, else read by offset. */
    private List<Referral> page(Specification<Referral> where, ReferralSort order, boolean ascending, int offset,
            int limit, ReferralListBookmark bookmark) {
        if (bookmark != null && order.seekable() && bookmark.offset() <= offset) {
            return referrals.page(where.and(ReferralListQuery.after(order, ascending, bookmark.rowBefore())),
                    order.sort(ascending), offset - bookmark.offset(), limit);
        }
        return referrals.page(where, order.sort(ascending), offset, limit);
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

    private static ReferralSummary summary(Referral referral, Map<HospitalId, HospitalSummary> names, Instant now) {
        return new ReferralSummary(referral.id(), referral.status(), referral.patient().nameKanji(),
                referral.clinical() == null ? null : referral.clinical().cancerTypeCode(), referral.services(),
                names.get(referral.originHospitalId()), names.get(referral.partnerHospitalId()),
                referral.submittedAt(), referral.acknowledgementDueAt(), referral.isOverdue(now), referral.updatedAt(),
                referral.patient().hospitalPatientId(), referral.visit());
    }

    private ReferralDetails details(Referral referral, HospitalId viewer) {
        Map<HospitalId, HospitalSummary> sides = hospitalsOf(List.of(referral));
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
