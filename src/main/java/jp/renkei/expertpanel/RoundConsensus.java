package jp.renkei.expertpanel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.renkei.expertpanel.composition.CompositionVerdict;

/**
 * Where an asynchronous round stands, from its participants' current responses: any disagreement ends it for a
 * real-time meeting; otherwise it is agreed once every participant has responded and those who agreed meet the
 * composition rules on their own (a comment is not agreement). Pure, so the rule is tested without a database.
 *
 * @param disagreedBy   the participant whose disagreement ends the round, if any
 * @param awaiting      participants who have not responded yet
 * @param agreedVerdict the composition verdict on those who agreed so far, with the reasons while short
 */
record RoundConsensus(Outcome outcome, Optional<Long> disagreedBy, Set<Long> awaiting,
        CompositionVerdict agreedVerdict) {

    enum Outcome {
        PENDING,
        AGREED,
        DISAGREED
    }

    static RoundConsensus of(Set<Long> participants, Map<Long, ReviewAnswer> current,
            Function<Set<Long>, CompositionVerdict> judgeAgreed) {
        Set<Long> ordered = new TreeSet<>(participants);
        Optional<Long> disagreed = ordered.stream().filter(id -> current.get(id) == ReviewAnswer.DISAGREE).findFirst();
        Set<Long> agreed = ordered.stream().filter(id -> current.get(id) == ReviewAnswer.AGREE)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> awaiting = ordered.stream().filter(id -> !current.containsKey(id))
                .collect(Collectors.toCollection(TreeSet::new));
        CompositionVerdict verdict = judgeAgreed.apply(agreed);
        Outcome outcome = disagreed.isPresent() ? Outcome.DISAGREED
                : awaiting.isEmpty() && verdict.valid() ? Outcome.AGREED : Outcome.PENDING;
        return new RoundConsensus(outcome, disagreed, Set.copyOf(awaiting), verdict);
    }
}
