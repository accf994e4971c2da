package jp.renkei.expertpanel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * The demo panel's casework, after {@link PanelDemoData}: a capacity on the panel and its upcoming meeting (so its
 * page shows cases against places), a due date on every case 東都's panel reviews that has none (the demo seeds
 * cases without the intake), and on the case of S-100101 (referral 7) a lab report, a C-CAT findings report and a
 * pathology report as small fictional PDFs. Each part is done once, whenever it is missing.
 */
@Component
@Order(33)
class PanelCaseworkDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final long DEMO_PANEL = 1L;
    private static final long REFERRAL_WITH_REPORTS = 7L;
    /** Room for the demo's cases and for those a tester adds by accepting referrals. */
    private static final int DEMO_CAPACITY = 12;
    private static final String COORDINATOR = "森川 千夏";

    private final ExpertPanelRepository panels;
    private final MeetingLoadRepository meetings;
    private final PanelCaseRepository cases;
    private final PanelCaseAttachmentRepository attachments;
    private final PanelSettings settings;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    PanelCaseworkDemoData(ExpertPanelRepository panels, MeetingLoadRepository meetings, PanelCaseRepository cases,
            PanelCaseAttachmentRepository attachments, PanelSettings settings, HospitalScopes scopes,
            TransactionTemplate transactions, Clock clock) {
        this.panels = panels;
        this.meetings = meetings;
        this.cases = cases;
        this.attachments = attachments;
        this.settings = settings;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo panel casework", () -> transactions.executeWithoutResult(tx -> {
            capacities();
            dueDates();
            reports();
        }));
    }

    private void capacities() {
        panels.findById(DEMO_PANEL).filter(p -> p.defaultCaseCapacity() == CaseCapacity.DEFAULT).ifPresent(p -> {
            p.changeDefaultCaseCapacity(DEMO_CAPACITY);
            meetings.scheduledFrom(DEMO_PANEL, clock.instant()).stream()
                    .filter(m -> m.caseCapacity() == CaseCapacity.DEFAULT)
                    .forEach(m -> m.changeCaseCapacity(DEMO_CAPACITY));
        });
    }

    private void dueDates() {
        cases.findAll().stream().filter(c -> c.partnerHospitalId().equals(TOTO) && c.dueOn() == null)
                .forEach(c -> c.dueOn(calendar.addBusinessDays(LocalDate.ofInstant(c.acceptedAt(), JapanTime.ZONE),
                        settings.dueBusinessDays())));
    }

    private void reports() {
        PanelCase target = cases.findAll().stream()
                .filter(c -> Long.valueOf(REFERRAL_WITH_REPORTS).equals(c.referralId()))
                .findFirst().orElse(null);
        if (target == null || !attachments.listFor(target.id()).isEmpty()) {
            return;
        }
        LocalDate accepted = LocalDate.ofInstant(target.acceptedAt(), JapanTime.ZONE);
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        attach(target, CaseAttachmentKind.OTHER, "病理診断報告書.pdf", "Pathology report (fictional demo)",
                accepted.plusDays(2), today);
        attach(target, CaseAttachmentKind.LAB_REPORT, "遺伝子パネル検査報告書.pdf",
                "Gene panel test report (fictional demo)", accepted.plusDays(18), today);
        attach(target, CaseAttachmentKind.CCAT_REPORT, "C-CAT調査結果.pdf",
                "C-CAT findings report (fictional demo) - for clinicians only", accepted.plusDays(24), today);
    }

    private void attach(PanelCase target, CaseAttachmentKind kind, String fileName, String text, LocalDate received,
            LocalDate today) {
        byte[] pdf = onePagePdf(text);
        attachments.save(new PanelCaseAttachment(target, kind, new AttachmentInspector().inspect(fileName, pdf), pdf,
                received.isAfter(today) ? today : received, COORDINATOR, clock.instant()));
    }

    /** A valid one-page PDF with one line of ASCII text (built by hand: its cross-reference offsets are exact). */
    static byte[] onePagePdf(String line) {
        String stream = "BT /F1 14 Tf 72 760 Td (" + line.replace("(", "[").replace(")", "]") + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                        + "/Contents 4 0 R >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
