package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.expertpanel.composition.TumourCategory;

/**
 * A panel in the hospital's list; {@code nextMeeting} is {@code null} when none is scheduled; {@code rosterMeetsRules}:
 * the roster, everyone present, meets the requirements in force today.
 */
public record PanelSummary(long id, String name, TumourCategory category, boolean inHouseSequencing, int members,
        Instant nextMeeting, boolean rosterMeetsRules) {
}
