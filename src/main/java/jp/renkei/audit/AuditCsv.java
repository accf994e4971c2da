package jp.renkei.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.report.ExcelCsv;

/** Audit entries as a spreadsheet (see {@link ExcelCsv}); codes and references only, as the entries carry them. */
final class AuditCsv {

    static final int MAX_ROWS = 50_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(JapanTime.ZONE);
    private static final List<String> HEADER = List.of("id", "time_jst", "actor", "actor_role", "hospital_id",
            "action", "subject", "detail", "source_address", "client");

    private AuditCsv() {
    }

    static byte[] of(List<AuditRecord> rows) {
        return ExcelCsv.write(HEADER, rows.stream().map(r -> List.of(String.valueOf(r.id()),
                TIME.format(r.occurredAt()), r.actorName(), nullToEmpty(r.actorRole()),
                r.hospitalId() == null ? "" : String.valueOf(r.hospitalId()), r.action(), nullToEmpty(r.subject()),
                nullToEmpty(r.detail()), nullToEmpty(r.sourceAddress()), nullToEmpty(r.client()))).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
