package jp.renkei.ccat.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import jp.renkei.shared.report.ExcelCsv;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/**
 * Writes a {@link Ledger} as the CSV the hospital keeps (Excel, Japanese) and as the printable PDF from
 * {@code reports/cgp-ledger.jrxml}: the same columns and the same cell texts in both.
 */
@Component
public class LedgerDocument {

    static final String TEMPLATE = "cgp-ledger";
    static final String NO_NEW_OPTIONS = "ccat.ledger.noNewOptions";
    static final String CONSENT_CELL = "ccat.ledger.consentCell";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final ReportRenderer renderer;
    private final MessageBundleI18NProvider messages;
    private final Clock clock;

    LedgerDocument(ReportRenderer renderer, MessageBundleI18NProvider messages, Clock clock) {
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every key the ledger's texts use, for the bundle check. */
    public static Set<String> messageKeys() {
        return Stream.concat(Arrays.stream(LedgerColumn.values()).map(LedgerColumn::messageKey),
                Stream.of(NO_NEW_OPTIONS, CONSENT_CELL, "ccat.ledger.title", "ccat.ledger.range",
                        "ccat.ledger.generatedAt", "ccat.ledger.footer", "ccat.ledger.empty"))
                .collect(Collectors.toSet());
    }

    byte[] csv(Ledger ledger, Locale locale) {
        List<String> header = Arrays.stream(LedgerColumn.values()).map(c -> text(locale, c.messageKey())).toList();
        return ExcelCsv.write(header, ledger.rows().stream().map(row -> cells(row, locale)).toList());
    }

    byte[] pdf(Ledger ledger, Locale requested) {
        Locale locale = MessageBundleI18NProvider.supported(requested);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", text(locale, "ccat.ledger.title"));
        parameters.put("hospitalName", ledger.hospitalName());
        parameters.put("range", text(locale, "ccat.ledger.range", day(ledger.from()), day(ledger.to())));
        parameters.put("generatedAt", text(locale, "ccat.ledger.generatedAt",
                DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").format(clock.instant().atZone(JapanTime.ZONE))));
        parameters.put("footerNote", text(locale, "ccat.ledger.footer", ledger.rows().size(), ledger.patientCount()));
        parameters.put("empty", text(locale, "ccat.ledger.empty"));
        for (LedgerColumn column : LedgerColumn.values()) {
            parameters.put("column" + column.ordinal(), text(locale, column.messageKey()));
        }
        List<Map<String, ?>> rows = ledger.rows().stream().<Map<String, ?>>map(row -> fields(cells(row, locale)))
                .toList();
        return renderer.renderPdf(TEMPLATE, parameters, rows, locale);
    }

    private static Map<String, ?> fields(List<String> cells) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            fields.put("c" + i, cells.get(i));
        }
        return fields;
    }

    private List<String> cells(LedgerRow row, Locale locale) {
        List<String> cells = new ArrayList<>();
        cells.add(row.patientId());
        cells.add(row.patientName());
        cells.add(row.testName());
        Stream.of(row.specimenShippedOn(), row.resultReceivedOn(), row.panelHeldOn(), row.panelResultReceivedOn(),
                row.resultExplainedOn()).map(LedgerDocument::day).forEach(cells::add);
        cells.add(Boolean.FALSE.equals(row.newOptionsPresented()) ? text(locale, NO_NEW_OPTIONS)
                : day(row.newOptionsExplainedOn()));
        Function<LedgerConsent, String> consent = c -> c == null ? ""
                : text(locale, CONSENT_CELL, text(locale, c.decision().messageKey()), day(c.on()));
        cells.add(consent.apply(row.registrationConsent()));
        cells.add(consent.apply(row.secondaryUseConsent()));
        cells.add(day(row.ccatSubmittedOn()));
        return cells;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private String text(Locale locale, String key, Object... params) {
        return messages.getTranslation(key, locale, params);
    }
}
