package jp.renkei.counseling.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import org.springframework.web.util.HtmlUtils;

import jp.renkei.counseling.SlotOffer;

/**
 * The chosen day's free times as one element, like {@link DayGrid}: plain {@code <button class="book-slot"
 * data-slot="3">} drawn from one HTML string, one click listener saying which was clicked. Native buttons keep
 * keyboard access (Tab, then Enter or Space).
 */
class TimeList extends Composite<Div> {

    private final Consumer<SlotOffer> onPick;
    private List<SlotOffer> shown = List.of();

    TimeList(Consumer<SlotOffer> onPick) {
        this.onPick = onPick;
        getContent().setId("day-times");
        getContent().setWidthFull(); // the times span the day's column, as the buttons did
        ButtonsClicked.listen(getContent().getElement(), "slot", this::clicked);
    }

    /** Draws these times, or the given sentence when there are none. */
    void show(List<SlotOffer> offers, String noneText, Locale locale) {
        shown = List.copyOf(offers);
        StringBuilder html = new StringBuilder(128 * (offers.size() + 1));
        if (offers.isEmpty()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(noneText)).append("</p>");
        }
        for (int i = 0; i < offers.size(); i++) {
            SlotOffer offer = offers.get(i);
            html.append("<button type=\"button\" class=\"book-slot\" data-slot=\"").append(i).append("\">")
                    .append(HtmlUtils.htmlEscape(CounselingTexts.TIME.format(offer.slot().start()) + "–"
                            + CounselingTexts.TIME.format(offer.slot().end()) + "　"
                            + offer.counselor().displayName() + "（" + offer.hospital().name(locale) + "）"))
                    .append("</button>");
        }
        getContent().getElement().setProperty("innerHTML", html.toString());
    }

    /** The times drawn now, in their order: what a click's {@code data-slot} refers to. */
    List<SlotOffer> shown() {
        return shown;
    }

    private void clicked(String index) {
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < shown.size()) {
                onPick.accept(shown.get(i));
            }
        } catch (NumberFormatException notAnIndex) {
            // only a tampered client sends anything but the indexes drawn here: nothing to pick
        }
    }
}
