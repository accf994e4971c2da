package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.renkei.expertpanel.composition.CompositionVerdict;

/**
 * The asynchronous (持ち回り) review of one case as the panel's hospital sees it.
 *
 * @param canOpen  the signed-in coordinator may open a round now (the case waits on a panel, no round yet)
 * @param members  the panel's roster, to choose the round's participants from
 * @param round    {@code null} until a round is opened
 */
public record AsyncReviewDetails(long caseId, PanelCaseStatus caseStatus, boolean canOpen,
        List<PanelMemberDetails> members, Round round) {

    public AsyncReviewDetails {
        members = List.copyOf(members);
    }

    /**
     * @param agreedVerdict the composition verdict on the participants who agreed (so far), judged for
     *                      {@code reviewDay}: the rule set met, or the reasons it is not met yet
     * @param awaiting      how many participants have not responded
     * @param you           the signed-in person's place in the round, {@code null} if not a participant
     * @param onBehalf      participants without a portal account whose responses the signed-in coordinator may
     *                      enter (empty for anyone else, and once the round has ended)
     * @param history       every response given, oldest first, including those later replaced
     * @param escalatedTo   the real-time meeting the case went to ({@code null} if none was scheduled yet)
     */
    public record Round(ReviewRoundStatus status, LocalDate reviewDay, boolean historyProvided,
            boolean pediatricCase, Instant openedAt, String openedBy, Instant closedAt, List<Participant> participants,
            CompositionVerdict agreedVerdict, int awaiting, Long you, List<PanelMemberDetails> onBehalf,
            List<Response> history, Escalation escalation, Instant escalatedTo) {

        public Round {
            participants = List.copyOf(participants);
            onBehalf = List.copyOf(onBehalf);
            history = List.copyOf(history);
        }

        public boolean open() {
            return status == ReviewRoundStatus.OPEN;
        }
    }

    /** A participant and their current response ({@code null} while they have not responded). */
    public record Participant(PanelMemberDetails member, Response current) {
    }

    /** One response: by whom (and who entered it), what, when. */
    public record Response(long memberId, String memberName, ReviewAnswer answer, String comment,
            Instant respondedAt, String respondedBy, boolean current) {
    }

    /** Who disagreed and why. */
    public record Escalation(String memberName, String reason) {
    }
}
