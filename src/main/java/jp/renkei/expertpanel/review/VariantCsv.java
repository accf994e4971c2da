package jp.renkei.expertpanel.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the variant CSV ({@code gene,alteration,vaf,pathogenicity,germline_suspected}) whole before anything is
 * stored, so one bad row rejects the file. Row numbers are the file's line numbers (the header is row 1), as a
 * spreadsheet shows them. Plain comma separation: none of the columns carries a comma.
 */
public final class VariantCsv {

    public static final String HEADER = "gene,alteration,vaf,pathogenicity,germline_suspected";
    private static final String[] COLUMNS = HEADER.split(",");
    private static final int MAX_TEXT = 100;

    private VariantCsv() {
    }

    /** All rows, or {@link VariantsRejected} for the first bad one. */
    public static List<VariantEntry> parse(String text) {
        // Excel writes a byte-order mark and CRLF
        String[] lines = text.replace("\uFEFF", "").split("\\r?\\n");
        if (lines.length == 0 || !lines[0].strip().toLowerCase(Locale.ROOT).replace(" ", "").equals(HEADER)) {
            throw new VariantsRejected("panel.variants.csv.header", HEADER);
        }
        List<VariantEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                entries.add(row(i + 1, lines[i].split(",", -1)));
            }
        }
        if (entries.isEmpty()) {
            throw new VariantsRejected("panel.variants.csv.empty");
        }
        return entries;
    }

    private static VariantEntry row(int row, String[] cells) {
        String number = String.valueOf(row);
        if (cells.length != COLUMNS.length) {
            throw new VariantsRejected("panel.variants.csv.columns", number, String.valueOf(COLUMNS.length));
        }
        String gene = text(row, cells, 0);
        String alteration = text(row, cells, 1);
        return new VariantEntry(gene, alteration, vaf(number, cells[2].strip()),
                pathogenicity(number, cells[3].strip()), germline(number, cells[4].strip()));
    }

    private static String text(int row, String[] cells, int column) {
        String value = cells[column].strip();
        if (value.isEmpty() || value.length() > MAX_TEXT) {
            throw new VariantsRejected("panel.variants.csv.required", String.valueOf(row), COLUMNS[column]);
        }
        return value;
    }

    private static BigDecimal vaf(String row, String value) {
        return percent(value).orElseThrow(() -> new VariantsRejected("panel.variants.csv.vaf", row, "vaf"));
    }

    /** A VAF in percent, 0–100 with at most two decimals; public because the hand-entry form checks the same way. */
    public static Optional<BigDecimal> percent(String value) {
        try {
            BigDecimal vaf = new BigDecimal(value.strip());
            if (vaf.signum() >= 0 && vaf.compareTo(BigDecimal.valueOf(100)) <= 0 && vaf.scale() <= 2) {
                return Optional.of(vaf);
            }
        } catch (NumberFormatException e) {
            // not a number: empty, the caller names the field
        }
        return Optional.empty();
    }

    private static Pathogenicity pathogenicity(String row, String value) {
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Pathogenicity p : Pathogenicity.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new VariantsRejected("panel.variants.csv.pathogenicity", row, "pathogenicity");
    }

    private static boolean germline(String row, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new VariantsRejected("panel.variants.csv.germline", row, "germline_suspected");
        };
    }
}
