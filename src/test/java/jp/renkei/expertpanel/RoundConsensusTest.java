package jp.renkei.expertpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import jp.renkei.expertpanel.composition.CompositionVerdict;
import jp.renkei.expertpanel.composition.Shortfall;

/** The round's rule without a database: the composition judgement is a stand-in that needs members 1, 2 and 3. */
class RoundConsensusTest {

    private static final Set<Long> PARTICIPANTS = Set.of(1L, 2L, 3L, 4L);

    /** Met when 1, 2 and 3 agreed; otherwise one shortfall, as the validator would name it. */
    private static final Function<Set<Long>, CompositionVerdict> NEEDS_1_2_3 = agreed -> new CompositionVerdict(
            "ep.composition.solid.2025", "2025-07-07", "source", null, agreed.containsAll(Set.of(1L, 2L, 3L))
                    ? List.of() : List.of(new Shortfall("panel.composition.shortfall.C", List.of("1", "0"))));

    @Test
    void agreedOnceEveryoneHasAnsweredAndThoseWhoAgreedMeetTheRules() {
        var consensus = RoundConsensus.of(PARTICIPANTS, Map.of(1L, ReviewAnswer.AGREE, 2L, ReviewAnswer.AGREE,
                3L, ReviewAnswer.AGREE, 4L, ReviewAnswer.COMMENT), NEEDS_1_2_3);
        assertThat(consensus.outcome()).isEqualTo(RoundConsensus.Outcome.AGREED);
        assertThat(consensus.agreedVerdict().ruleSetId()).isEqualTo("ep.composition.solid.2025");
    }

    @Test
    void pendingWhileSomeoneHasNotAnsweredEvenIfTheRulesAreAlreadyMet() {
        var consensus = RoundConsensus.of(PARTICIPANTS, Map.of(1L, ReviewAnswer.AGREE, 2L, ReviewAnswer.AGREE,
                3L, ReviewAnswer.AGREE), NEEDS_1_2_3);
        assertThat(consensus.outcome()).isEqualTo(RoundConsensus.Outcome.PENDING);
        assertThat(consensus.awaiting()).containsExactly(4L);
    }

    @Test
    void aCommentDoesNotCountAsAgreementAndTheShortfallSaysWhatIsMissing() {
        var consensus = RoundConsensus.of(PARTICIPANTS, Map.of(1L, ReviewAnswer.AGREE, 2L, ReviewAnswer.AGREE,
                3L, ReviewAnswer.COMMENT, 4L, ReviewAnswer.AGREE), NEEDS_1_2_3);
        assertThat(consensus.outcome()).isEqualTo(RoundConsensus.Outcome.PENDING);
        assertThat(consensus.awaiting()).isEmpty();
        assertThat(consensus.agreedVerdict().shortfalls()).extracting(Shortfall::messageKey)
                .containsExactly("panel.composition.shortfall.C");
    }

    @Test
    void anyDisagreementDecidesWhateverElseWasSaid() {
        var consensus = RoundConsensus.of(PARTICIPANTS, Map.of(1L, ReviewAnswer.AGREE, 2L, ReviewAnswer.AGREE,
                3L, ReviewAnswer.AGREE, 4L, ReviewAnswer.DISAGREE), NEEDS_1_2_3);
        assertThat(consensus.outcome()).isEqualTo(RoundConsensus.Outcome.DISAGREED);
        assertThat(consensus.disagreedBy()).contains(4L);
    }

    @Test
    void aResponseFromSomeoneNotAskedCountsForNothing() {
        var consensus = RoundConsensus.of(Set.of(1L, 2L, 3L), Map.of(1L, ReviewAnswer.AGREE, 2L, ReviewAnswer.AGREE,
                3L, ReviewAnswer.AGREE, 9L, ReviewAnswer.DISAGREE), NEEDS_1_2_3);
        assertThat(consensus.outcome()).isEqualTo(RoundConsensus.Outcome.AGREED);
    }
}
