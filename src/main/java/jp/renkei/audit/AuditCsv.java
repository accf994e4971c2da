package jp.renkei.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.renkei.shared.JapanTime;

/** Audit entries as CSV that Excel opens with its Japanese intact: UTF-8 with a byte-order mark, CRLF, quoted. */
final class AuditCsv {

    static final int MAX_ROWS = 50_000;
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(JapanTime.ZONE);

    private AuditCsv() {
    }

    static byte[] of(List<AuditRecord> rows) {
        StringBuilder csv = new StringBuilder(line("id", "time_jst", "actor", "hospital_id", "action", "subject",
                "detail"));
        rows.forEach(r -> csv.append(line(String.valueOf(r.id()), TIME.format(r.occurredAt()), r.actorName(),
                r.hospitalId() == null ? "" : String.valueOf(r.hospitalId()), r.action(), r.subject(), r.detail())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String line(String... fields) {
        return Stream.of(fields).map(AuditCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quoted, and a leading = + - @ neutralised so a spreadsheet never runs an entry as a formula. */
    private static String quoted(String field) {
        String text = field == null ? "" : field;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
