package jp.renkei.expertpanel;

import jp.renkei.shared.workflow.Actor;

/** A meeting's attendance was found to meet {@code ruleSetId}: its cases are concluded in the same transaction. */
record MeetingSignedOff(Actor actor, long meetingId, String ruleSetId, String ruleSetVersion) {
}
