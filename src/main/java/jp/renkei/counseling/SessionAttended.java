package jp.renkei.counseling;

import jp.renkei.shared.workflow.Actor;

/** The counselor recorded (or corrected) what a held session advised. */
public record SessionAttended(BookedSession booking, boolean furtherTestingAdvised, boolean familyCounselingAdvised,
        Actor actor) {
}
