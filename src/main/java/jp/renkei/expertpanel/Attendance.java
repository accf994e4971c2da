package jp.renkei.expertpanel;

import java.util.Set;

/**
 * Who took part in one meeting: the panel members present (by member id), whether the attending physician (or a
 * substitute) took part, whether the attending physician had provided the treatment and family history, and
 * whether a child's case was reviewed (then (キ) is needed).
 */
public record Attendance(Set<Long> memberIds, boolean attendingPresent, boolean historyProvided,
        boolean pediatricCase) {

    public Attendance {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
