package jp.renkei.counseling.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import org.springframework.web.util.HtmlUtils;

import jp.renkei.counseling.BookingLine;
import jp.renkei.counseling.BookingLines;

/**
 * The sessions this hospital booked or hosts, as a plain table drawn as one element, each time a link to its booking.
 * A Vaadin grid kept every booking's full details (history, video link) and its own row state per open tab, for a
 * list that is only read and clicked (performance.md, "Counseling page, session 8").
 */
class BookingTable extends Composite<Div> {

    BookingTable(BookingLines bookings, Locale locale) {
        getContent().setId("bookings");
        List<BookingLine> lines = bookings.shown();
        StringBuilder html = new StringBuilder(256 * (lines.size() + 1));
        html.append("<table><thead><tr>");
        for (String header : List.of("counseling.when", "counseling.sessionType", "referral.patient",
                "counseling.counselor", "referral.status")) {
            html.append("<th>").append(escape(getTranslation(header))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (BookingLine line : lines) {
            // the router handles the click within the page, as for a RouterLink
            html.append("<tr><td><a router-link href=\"counseling/bookings/").append(line.id()).append("\">")
                    .append(escape(CounselingTexts.when(line.slot(), locale))).append("</a></td>");
            cell(html, getTranslation("counseling.type." + line.sessionType().name()));
            cell(html, line.patientName());
            cell(html, line.counselorName());
            cell(html, getTranslation("counseling.status." + line.status().name()));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (bookings.moreAhead()) {
            // the list is bounded (a busy hospital hosts thousands of sessions): say so rather than look complete
            html.append("<p class=\"bookings-more\">")
                    .append(escape(getTranslation("counseling.bookings.more", BookingLines.AHEAD_SHOWN))).append("</p>");
        }
        getContent().getElement().setProperty("innerHTML", html.toString());
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(escape(text)).append("</td>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(Objects.toString(text, ""), "UTF-8");
    }
}
