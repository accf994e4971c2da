package jp.renkei.ccat.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.TestRecord;
import jp.renkei.ccat.TestRecords;
import jp.renkei.identity.CurrentActor;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.tenancy.HospitalDirectory;

/**
 * The CGP ledger (管理簿) of the hospital's own patients: the tests it runs, ordered in a date range, with the dates
 * the facility standard asks for, built from the workflow records. Shown and downloaded by coordinators and hospital
 * admins; every read names the number of patients in the audit trail.
 */
@Service
public class LedgerService {

    /** A year at most, so one request cannot read the hospital's whole history. */
    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final TestRecords tests;
    private final LedgerRows rows;
    private final LedgerDocument document;
    private final HospitalDirectory hospitals;
    private final HospitalContext hospitalContext;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;

    LedgerService(TestRecords tests, LedgerRows rows, LedgerDocument document, HospitalDirectory hospitals,
            HospitalContext hospitalContext, CurrentActor actors, ApplicationEventPublisher events) {
        this.tests = tests;
        this.rows = rows;
        this.document = document;
        this.hospitals = hospitals;
        this.hospitalContext = hospitalContext;
        this.actors = actors;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional
    public Ledger ledger(LocalDate from, LocalDate to, Locale locale) {
        Ledger ledger = build(from, to, locale);
        audit("CCAT_LEDGER_VIEWED", ledger, null);
        return ledger;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional
    public LedgerFile csv(LocalDate from, LocalDate to, Locale locale) {
        Ledger ledger = build(from, to, locale);
        LedgerFile file = new LedgerFile(document.csv(ledger, locale), fileName(ledger, "csv"), "text/csv;charset=UTF-8");
        audit("CCAT_LEDGER_DOWNLOADED", ledger, file.fileName());
        return file;
    }

    @PreAuthorize("hasAnyRole('CORE_COORDINATOR', 'HOSPITAL_ADMIN')")
    @Transactional
    public LedgerFile pdf(LocalDate from, LocalDate to, Locale locale) {
        Ledger ledger = build(from, to, locale);
        LedgerFile file = new LedgerFile(document.pdf(ledger, locale), fileName(ledger, "pdf"), "application/pdf");
        audit("CCAT_LEDGER_DOWNLOADED", ledger, file.fileName());
        return file;
    }

    private Ledger build(LocalDate from, LocalDate to, Locale locale) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new Refused("ccat.ledger.error.range", from + ".." + to);
        }
        HospitalId hospital = hospitalContext.require();
        List<TestRecord> records = tests.testedBy(hospital, from, to);
        return new Ledger(hospitals.get(hospital).name(locale), from, to, rows.of(records));
    }

    private void audit(String action, Ledger ledger, String fileName) {
        Actor actor = actors.require();
        String detail = "patients=" + ledger.patientCount() + " tests=" + ledger.rows().size() + " " + ledger.from()
                + ".." + ledger.to() + (fileName == null ? "" : " " + fileName);
        events.publishEvent(AuditEvent.byUser(actor.user(), actor.name(), actor.hospital(), action, "ccat_ledger",
                detail));
    }

    private static String fileName(Ledger ledger, String extension) {
        return "cgp-ledger-" + FILE_DAY.format(ledger.from()) + "-" + FILE_DAY.format(ledger.to()) + "." + extension;
    }
}
