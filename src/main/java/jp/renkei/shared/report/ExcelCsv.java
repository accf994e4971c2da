package jp.renkei.shared.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV that Excel opens correctly with Japanese text: UTF-8 with a byte-order mark (without it Excel reads Shift_JIS
 * and garbles every name), CRLF line ends, every field quoted. A field that Excel would run as a formula is
 * prefixed with an apostrophe, so a typed patient ID can never execute.
 */
public final class ExcelCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExcelCsv() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append('"').append(field(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        text.append("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
