package jp.renkei.counseling;

import jp.renkei.shared.workflow.Actor;

/** The patient did not attend the session. */
public record SessionMissed(BookedSession booking, Actor actor) {
}
