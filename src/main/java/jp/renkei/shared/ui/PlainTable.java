package jp.renkei.shared.ui;

import java.util.List;
import java.util.Objects;

import org.springframework.web.util.HtmlUtils;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/**
 * A small read-only table of texts drawn as one element ({@code .plain-table} in renkei.css). A Vaadin grid
 * (columns, header cells, data communicator, key mapper) costs more per open page than the handful of rows such a
 * table shows, and nobody sorts or scrolls them.
 */
public class PlainTable extends Composite<Div> {

    public PlainTable(String id) {
        getContent().setId(id);
        getContent().addClassName("plain-table");
        getContent().setWidthFull();
    }

    /** Draws the rows (texts escaped, only the characters HTML needs); as many texts in a row as headers. */
    public void show(List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder(64 * headers.size() * (rows.size() + 1));
        html.append("<table><thead><tr>");
        headers.forEach(header -> cell(html, "th", header));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(text -> cell(html, "td", text));
            html.append("</tr>");
        }
        getContent().getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
    }

    private static void cell(StringBuilder html, String tag, String text) {
        String escaped = HtmlUtils.htmlEscape(Objects.toString(text, ""), "UTF-8");
        html.append('<').append(tag).append('>').append(escaped).append("</").append(tag).append('>');
    }
}
