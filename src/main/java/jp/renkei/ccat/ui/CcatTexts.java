package jp.renkei.ccat.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import jp.renkei.ccat.MilestoneDetails;
import jp.renkei.ccat.TestDraftForm;
import jp.renkei.ccat.WorklistRow;
import jp.renkei.ccat.milestone.MilestoneStatus;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;

/** Dates and step names as coordinators say them: a due date is its last day, "12/2（水）まで". */
final class CcatTexts {

    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("M/d（E）", Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEE M/d", Locale.ENGLISH);
    private static final DateTimeFormatter JAPANESE_WITH_YEAR = DateTimeFormatter.ofPattern("yyyy/M/d（E）",
            Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH_WITH_YEAR = DateTimeFormatter.ofPattern("EEE yyyy/M/d",
            Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private CcatTexts() {
    }

    static String day(Component in, LocalDate date) {
        return day(date, false);
    }

    private static String day(LocalDate date, boolean withYear) {
        if (date == null) {
            return "";
        }
        boolean japanese = MessageBundleI18NProvider.supported(UI.getCurrent().getLocale())
                .equals(MessageBundleI18NProvider.JAPANESE);
        if (withYear) {
            return (japanese ? JAPANESE_WITH_YEAR : ENGLISH_WITH_YEAR).format(date);
        }
        return (japanese ? JAPANESE : ENGLISH).format(date);
    }

    static String fullDay(LocalDate date) {
        return date == null ? "" : FULL.format(date);
    }

    static String dueBy(Component in, LocalDate due) {
        return in.getTranslation("ccat.due.by", day(due, false));
    }

    /** With the year, for follow-ups due months or years ahead. */
    static String dueByWithYear(Component in, LocalDate due) {
        return in.getTranslation("ccat.due.by", day(due, true));
    }

    static String step(Component in, MilestoneStep step, int followUpNumber) {
        String name = in.getTranslation(step.messageKey());
        return followUpNumber > 0 ? in.getTranslation("ccat.milestone.followUpNumbered", name, followUpNumber) : name;
    }

    static String step(Component in, MilestoneDetails m) {
        return step(in, m.step(), m.followUpNumber());
    }

    /** The status in words; an overdue one stands out with how many business days it is late. */
    static Span status(Component in, MilestoneStatus status, int businessDaysOverdue) {
        Span badge = new Span(in.getTranslation(status.messageKey()));
        if (status == MilestoneStatus.OVERDUE) {
            badge.setText(in.getTranslation("ccat.overdueBy", businessDaysOverdue));
            badge.addClassNames("status-badge", "overdue");
        }
        return badge;
    }

    static Span status(Component in, WorklistRow row) {
        return status(in, row.status(), row.businessDaysOverdue());
    }

    /** A draft's form by the heading it has on the test page. */
    static String draftForm(Component in, TestDraftForm form) {
        return in.getTranslation(switch (form) {
            case PARTICULARS -> "ccat.test.particulars";
            case MILESTONE -> "ccat.test.milestones";
            case CONSENT -> "ccat.consent.title";
            case FOLLOW_UP -> "ccat.followUp.title";
        });
    }

}
