package jp.renkei.counseling.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;

import jp.renkei.counseling.AvailabilityException;
import jp.renkei.counseling.WeeklyWindow;

/**
 * The counselor's weekly hours or one-off leave as one sentence, shown until they open the editors: a row of
 * fields per window cost the page more per open tab than everything else on it (performance.md, "Memory per UI").
 */
final class AvailabilitySummary extends Composite<Paragraph> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

    private AvailabilitySummary(String id) {
        getContent().setId(id);
    }

    /** "月曜日 9:00–12:00・13:00–17:00 ／ 火曜日 …", weekdays in order. */
    static AvailabilitySummary weekly(List<WeeklyWindow> weekly, Locale locale) {
        AvailabilitySummary summary = new AvailabilitySummary("weekly-summary");
        String text = weekly.stream().map(WeeklyWindow::day).distinct().sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL, locale) + " " + weekly.stream()
                        .filter(w -> w.day() == day).sorted(Comparator.comparing(WeeklyWindow::start))
                        .map(w -> CounselingTexts.TIME.format(w.start()) + "–" + CounselingTexts.TIME.format(w.end()))
                        .collect(Collectors.joining("・")))
                .collect(Collectors.joining(" ／ "));
        summary.getContent().setText(text.isEmpty() ? summary.getTranslation("counseling.noWeeklyHours") : text);
        return summary;
    }

    /** "2026/12/9 休み（終日） ／ 2026/12/12 臨時の対応時間 13:00–15:00（理由）", as entered. */
    static AvailabilitySummary exceptions(List<AvailabilityException> exceptions) {
        AvailabilitySummary summary = new AvailabilitySummary("exceptions-summary");
        String text = exceptions.stream().map(e -> e.date().format(DATE) + " "
                + summary.getTranslation("counseling.exception." + e.kind().name())
                + (e.allDay() ? "（" + summary.getTranslation("counseling.allDay") + "）"
                        : " " + CounselingTexts.TIME.format(e.start()) + "–" + CounselingTexts.TIME.format(e.end()))
                + (e.reason() == null ? "" : "（" + e.reason() + "）"))
                .collect(Collectors.joining(" ／ "));
        summary.getContent().setText(text.isEmpty() ? summary.getTranslation("counseling.noExceptions") : text);
        return summary;
    }
}
