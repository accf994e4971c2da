package jp.renkei.expertpanel;

import java.util.List;

/**
 * A panel's load: its upcoming meetings with their cases and capacity, and the open cases on it without a meeting
 * (no meeting had room). {@code defaultCapacity} is what each new meeting starts with.
 */
public record PanelLoad(long panelId, int defaultCapacity, List<MeetingLoad> meetings, long unassigned) {

    public PanelLoad {
        meetings = List.copyOf(meetings);
    }
}
