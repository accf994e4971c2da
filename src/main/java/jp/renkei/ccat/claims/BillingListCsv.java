package jp.renkei.ccat.claims;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import jp.renkei.shared.report.ExcelCsv;
import jp.renkei.ccat.billing.BillingVerdict;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** The billing office's monthly list as a CSV that opens in Excel, with each verdict's reason in words. */
@Component
public class BillingListCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final List<String> HEADER = List.of("ccat.billing.list.patientId", "ccat.billing.list.patientName",
            "ccat.billing.list.test", "ccat.billing.list.item", "ccat.billing.list.status", "ccat.billing.list.points",
            "ccat.billing.list.claimedOn", "ccat.billing.list.reason");

    private final MessageBundleI18NProvider messages;

    BillingListCsv(MessageBundleI18NProvider messages) {
        this.messages = messages;
    }

    public byte[] write(List<BillingListRow> rows, Locale locale) {
        return ExcelCsv.write(HEADER.stream().map(key -> messages.getTranslation(key, locale)).toList(),
                rows.stream().map(row -> cells(row, locale)).toList());
    }

    /** The verdict's reason as the reader's language says it. */
    public String reason(BillingVerdict verdict, Locale locale) {
        return messages.getTranslation(verdict.messageKey(), locale, verdict.messageArguments().stream()
                .map(argument -> argument instanceof LocalDate day ? DAY.format(day) : argument).toArray());
    }

    private List<String> cells(BillingListRow row, Locale locale) {
        BillingVerdict verdict = row.verdict();
        return Stream.of(row.patientId(), row.patientName(), row.testName(), verdict.item().code(),
                messages.getTranslation(verdict.status().messageKey(), locale), String.valueOf(verdict.points()),
                row.claimedOn() == null ? "" : DAY.format(row.claimedOn()), reason(verdict, locale)).toList();
    }
}
