package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.Set;

/**
 * A meeting as screens show it; {@code ruleSetId}/{@code ruleSetVersion} are the requirements that judged its
 * attendance at sign-off ({@code null} until then).
 */
public record MeetingDetails(long id, long panelId, MeetingKind kind, Instant startsAt, String videoUrl,
        MeetingStatus status, Set<Long> attendees, boolean attendingPresent, boolean historyProvided,
        boolean pediatricCase, Instant signedOffAt, String signedOffBy, String ruleSetId, String ruleSetVersion,
        long version) {

    public MeetingDetails {
        attendees = Set.copyOf(attendees);
    }
}
