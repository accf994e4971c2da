package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.PdfInspection;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.ccat.ledger.LedgerService;
import jp.renkei.expertpanel.PanelCaseResultsService;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.JapanTime;

/**
 * Run by {@code -Pbench}: the CGP ledger PDF of N-0000 over the period holding its latest 1,000 tests, and one
 * referral letter, through the real services, warm; with the heap the render needed on top of what was live. The
 * default build runs it at 1/1000 as a smoke: no timing asserted, only that both documents are PDFs with their
 * Japanese font embedded (saved next to the table, to be looked at).
 */
@RenkeiIntegrationTest
class ReportBenchmark {

    private static final int LEDGER_ROWS = 1_000;

    @Autowired
    LedgerService ledgers;
    @Autowired
    ReferralService referrals;
    @Autowired
    PanelCaseResultsService panelCases;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    Clock clock;

    @Test
    void ledgerOfAThousandTestsAndOneLetter() {
        NationalLoad.ensure(dataSource, clock);
        long hospital = jdbc.queryForObject("select id from hospital where code = 'N-0000'", Long.class);
        LocalDate to = LocalDate.now(clock.withZone(JapanTime.ZONE));
        LocalDate from = jdbc.queryForList("select ordered_on from ccat_test where partner_hospital_id = ? "
                + "order by ordered_on desc limit 1 offset " + (LEDGER_ROWS - 1), LocalDate.class, hospital)
                .stream().findFirst().orElse(to.minusDays(365));
        from = from.isBefore(to.minusDays(365)) ? to.minusDays(365) : from;
        long referral = jdbc.queryForObject("select max(id) from referral where partner_hospital_id = ? "
                + "and status = 'CLOSED'", Long.class, hospital);
        signIn.as("n0000");
        LocalDate start = from;
        int rows = ledgers.ledger(start, to, Locale.JAPANESE).rows().size();
        BenchmarkReport report = new BenchmarkReport("reports", "Reports, warm (N-0000)", "document", "median", "p95",
                "max", "size", "heap needed while rendering");
        byte[] ledger = ledgers.pdf(start, to, Locale.JAPANESE).content();
        assertThat(rows).as("tests in the ledger's period").isPositive();
        PdfInspection.assertJapaneseFontEmbedded(PdfInspection.save(ledger, BenchmarkReport.file("ledger.pdf")));
        report.row("CGP ledger PDF, %,d rows (%s..%s)".formatted(rows, start, to),
                NationalLoad.time(3, 10, () -> ledgers.pdf(start, to, Locale.JAPANESE)), kb(ledger.length),
                peakHeap(() -> ledgers.pdf(start, to, Locale.JAPANESE)));
        // the same rows without the PDF: how much of the ledger's time is reading, how much JasperReports
        report.row("CGP ledger rows only (no PDF), same period",
                NationalLoad.time(3, 10, () -> ledgers.ledger(start, to, Locale.JAPANESE)), "-",
                peakHeap(() -> ledgers.ledger(start, to, Locale.JAPANESE)));
        // the ledger's panel columns: one batch now, against the per-case call each row made before
        List<Long> cases = jdbc.queryForList("select panel_case_id from ccat_test where partner_hospital_id = ? "
                + "and ordered_on between ? and ? and panel_case_id is not null", Long.class, hospital, start, to);
        report.row("its %,d panel cases' outcomes in one batch (outcomesFor)".formatted(cases.size()),
                NationalLoad.time(3, 10, () -> panelCases.outcomesFor(cases)), "-", "-");
        report.row("the same, one factsFor call per case (the ledger before the batch)",
                NationalLoad.time(1, 3, () -> cases.stream().map(panelCases::factsFor).toList()), "-", "-");
        byte[] letter = referrals.letterPdf(new ReferralId(referral));
        PdfInspection.assertJapaneseFontEmbedded(PdfInspection.save(letter, BenchmarkReport.file("letter.pdf")));
        report.row("referral letter PDF (one referral)",
                NationalLoad.time(5, 30, () -> referrals.letterPdf(new ReferralId(referral))), kb(letter.length),
                peakHeap(() -> referrals.letterPdf(new ReferralId(referral))));
        assertThat(report.write()).as("ledger, its rows, its panel outcomes twice, the letter").hasSize(5);
    }

    /**
     * Heap in use at its highest during one render minus the live heap just before (after a full GC): the sum of the
     * heap pools' peaks, so an upper bound when collections ran in between.
     */
    private static String peakHeap(Supplier<?> render) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long live = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        render.get();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return "%,d MB (live before: %,d MB)".formatted((peak - live) >> 20, live >> 20);
    }

    private static String kb(int bytes) {
        return "%,d KB".formatted(bytes / 1024);
    }
}
