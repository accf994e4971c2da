package jp.renkei.expertpanel;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a case stands against its due date: {@code dueOn} ({@code null} for a case opened without one), whether
 * its meeting is after it ({@code late}) or it has none ({@code unassigned}), its moves, and, for a coordinator of
 * the panel's hospital while the case is open, the meetings it may move to.
 */
public record CaseAssignment(LocalDate dueOn, boolean late, boolean unassigned, List<CaseMove> moves,
        boolean canReassign, List<MeetingLoad> targets) {

    public CaseAssignment {
        moves = List.copyOf(moves);
        targets = List.copyOf(targets);
    }
}
