package jp.renkei.counseling;

import java.util.List;

/**
 * The sessions a hospital's booking page lists: the latest ones of the past week, then the coming ones, at most
 * {@link #ENDED_SHOWN} + {@link #AHEAD_SHOWN}, in time order.
 *
 * @param shown     the lines, earliest first
 * @param moreAhead whether more coming sessions exist than are shown
 */
public record BookingLines(List<BookingLine> shown, boolean moreAhead) {

    public static final int ENDED_SHOWN = 10;
    public static final int AHEAD_SHOWN = 50;

    public BookingLines {
        shown = List.copyOf(shown);
    }
}
