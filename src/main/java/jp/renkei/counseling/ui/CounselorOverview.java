package jp.renkei.counseling.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import org.springframework.web.util.HtmlUtils;

import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.CounselorWeek;

/**
 * The coordinator's view of every counselor of the hospital this week, read-only: a plain table drawn as one
 * element. A Vaadin grid (columns, renderers, data communicator) cost more per open tab than the few rows it shows.
 */
class CounselorOverview extends Composite<Div> {

    CounselorOverview(List<CounselorWeek> weeks, Locale locale) {
        getContent().setId("counselor-overview");
        StringBuilder html = new StringBuilder(256 * (weeks.size() + 1));
        html.append("<table><thead><tr>");
        cell(html, "th", getTranslation("counseling.counselor"));
        cell(html, "th", getTranslation("counseling.overview.sessions"));
        cell(html, "th", getTranslation("counseling.overview.free"));
        html.append("</tr></thead><tbody>");
        for (CounselorWeek week : weeks) {
            html.append("<tr>");
            cell(html, "td", week.counselor().displayName());
            cell(html, "td", week.sessions().stream().filter(s -> s.status() != BookingStatus.CANCELLED)
                    .map(s -> CounselingTexts.when(s.slot(), locale)).collect(Collectors.joining(" ／ ")));
            cell(html, "td", String.valueOf(week.freeSlots().size()));
            html.append("</tr>");
        }
        getContent().getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
    }

    private static void cell(StringBuilder html, String tag, String text) {
        String escaped = HtmlUtils.htmlEscape(Objects.toString(text, ""), "UTF-8");
        html.append('<').append(tag).append('>').append(escaped).append("</").append(tag).append('>');
    }
}
