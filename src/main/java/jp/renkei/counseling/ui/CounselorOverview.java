package jp.renkei.counseling.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import org.springframework.web.util.HtmlUtils;

import jp.renkei.counseling.BookingLine;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.CounselorWeek;

/**
 * The coordinator's view of every counselor of the hospital this week, read-only: a plain table drawn as one
 * element. A Vaadin grid (columns, renderers, data communicator) cost more per open tab than the few rows it shows.
 * Each counselor's row names the next {@value #NEXT_SHOWN} sessions and counts the rest: a full week of a busy
 * counselor is a hundred sessions, which said nothing at a glance and was kept in every open page.
 */
class CounselorOverview extends Composite<Div> {

    static final int NEXT_SHOWN = 3;

    CounselorOverview(List<CounselorWeek> weeks, Instant now, Locale locale) {
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
            cell(html, "td", sessions(week, now, locale));
            cell(html, "td", String.valueOf(week.freeSlots().size()));
            html.append("</tr>");
        }
        getContent().getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
    }

    /** The week's count, then its next sessions not yet ended, e.g. "12件: 12月2日（水） 09:00–10:00 ／ …". */
    private String sessions(CounselorWeek week, Instant now, Locale locale) {
        List<BookingLine> held = week.sessions().stream().filter(s -> s.status() != BookingStatus.CANCELLED).toList();
        String next = held.stream().filter(s -> s.slot().end().isAfter(now)).limit(NEXT_SHOWN)
                .map(s -> CounselingTexts.when(s.slot(), locale)).collect(Collectors.joining(" ／ "));
        String count = getTranslation("counseling.overview.count", held.size());
        return next.isEmpty() ? count : getTranslation("counseling.overview.next", count, next);
    }

    private static void cell(StringBuilder html, String tag, String text) {
        String escaped = HtmlUtils.htmlEscape(Objects.toString(text, ""), "UTF-8");
        html.append('<').append(tag).append('>').append(escaped).append("</").append(tag).append('>');
    }
}
