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

    /**
     * A cell that downloads a file: a plain link with the {@code download} attribute, its address one the page
     * serves (a download handler registered on an element of the page, the file named in the query).
     */
    public record DownloadLink(String href, String text, String className) {
    }

    public PlainTable(String id) {
        getContent().setId(id);
        getContent().addClassName("plain-table");
        getContent().setWidthFull();
    }

    /**
     * Draws the rows (texts escaped, only the characters HTML needs); as many cells in a row as headers, each a
     * text or a {@link DownloadLink}.
     */
    public void show(List<String> headers, List<? extends List<?>> rows) {
        StringBuilder html = new StringBuilder(64 * headers.size() * (rows.size() + 1));
        html.append("<table><thead><tr>");
        headers.forEach(header -> cell(html, "th", header));
        html.append("</tr></thead><tbody>");
        for (List<?> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> cell(html, "td", cell));
            html.append("</tr>");
        }
        getContent().getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
    }

    private static void cell(StringBuilder html, String tag, Object content) {
        html.append('<').append(tag).append('>');
        if (content instanceof DownloadLink link) {
            html.append("<a download href=\"").append(escape(link.href())).append("\" class=\"")
                    .append(escape(link.className())).append("\">").append(escape(link.text())).append("</a>");
        } else {
            html.append(escape(Objects.toString(content, "")));
        }
        html.append("</").append(tag).append('>');
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(Objects.toString(text, ""), "UTF-8");
    }
}
