package jp.renkei.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** What a {@link PlainTable} shows, read back from its HTML: the body's rows, cell by cell. */
public final class PlainTableCells {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td>(.*?)</td>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private PlainTableCells() {
    }

    /** The body's rows as a person reads them: each cell's text without its markup. */
    public static List<List<String>> rows(PlainTable table) {
        return html(table).stream().map(row -> row.stream()
                .map(cell -> HtmlUtils.htmlUnescape(TAG.matcher(cell).replaceAll(""))).toList()).toList();
    }

    /** The text of one body cell, counted from 0 like a grid's. */
    public static String cell(PlainTable table, int row, int column) {
        return rows(table).get(row).get(column);
    }

    /** The body's rows as drawn: each cell's HTML (a link's address and attributes included). */
    public static List<List<String>> html(PlainTable table) {
        String html = table.getElement().getProperty("innerHTML", "");
        String body = html.contains("<tbody>") ? html.substring(html.indexOf("<tbody>")) : "";
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }
}
