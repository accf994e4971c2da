package jp.renkei.expertpanel.composition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges the participants of one review against the rule set in force on its date. First each category on its
 * own (so the reason names what is missing and how many are there), then all of them together, where one person
 * may count for only one category of each exclusive group: the search tries every way of assigning people to
 * categories, over counts capped at what is needed, so it stays small for any real panel.
 */
public final class RosterValidator {

    private final CompositionRules rules;

    public RosterValidator(CompositionRules rules) {
        this.rules = rules;
    }

    public CompositionVerdict judge(List<PanelParticipant> participants, ReviewCircumstances review) {
        var ruleSet = rules.inForce(review);
        if (ruleSet.isEmpty()) {
            return new CompositionVerdict(null, null, "", null, List.of(Shortfall.of(
                    review.category().noRuleSetKey(), review.date())));
        }
        CompositionRuleSet set = ruleSet.get();
        Map<PanelRole, Integer> needed = needed(set, review);
        List<Shortfall> shortfalls = new ArrayList<>();
        for (var need : needed.entrySet()) {
            int present = present(need.getKey(), participants);
            if (present < need.getValue()) {
                shortfalls.add(Shortfall.of(need.getKey().shortfallKey(), need.getValue(), present));
            }
        }
        if (shortfalls.isEmpty() && !assignable(participants, needed, set.exclusiveRoles())) {
            shortfalls.add(Shortfall.of("panel.composition.combinedRoles", set.exclusiveRoles().stream()
                    .map(group -> group.stream().sorted().map(PanelRole::label).collect(Collectors.joining()))
                    .collect(Collectors.joining("、"))));
        }
        boolean attendingNeeded = set.attending() == CompositionRuleSet.AttendingRule.ALWAYS
                || !review.attendingProvidedHistory();
        if (attendingNeeded && participants.stream().noneMatch(PanelParticipant::attendingOrSubstitute)) {
            shortfalls.add(Shortfall.of(set.attending() == CompositionRuleSet.AttendingRule.ALWAYS
                    ? "panel.composition.attendingAlways" : "panel.composition.attendingWithoutHistory"));
        }
        return new CompositionVerdict(set.id(), set.version(), set.source(), set.unconfirmed(), shortfalls);
    }

    private static Map<PanelRole, Integer> needed(CompositionRuleSet set, ReviewCircumstances review) {
        Map<PanelRole, Integer> needed = new EnumMap<>(PanelRole.class);
        needed.put(PanelRole.A, set.drugTherapySpecialties());
        needed.put(PanelRole.B, 1);
        needed.put(PanelRole.C, 1);
        needed.put(PanelRole.D, set.fullTimePathologists());
        needed.put(PanelRole.E, 1);
        if (review.inHouseSequencing()) {
            needed.put(PanelRole.F, 1);
        }
        if (review.pediatricCase()) {
            needed.put(PanelRole.G, 1);
        }
        return needed;
    }

    /** People who can count for the category; for (ア), the number of different specialties among them. */
    private static int present(PanelRole role, List<PanelParticipant> participants) {
        var eligible = participants.stream().filter(p -> p.countableRoles().contains(role));
        return role == PanelRole.A
                ? (int) eligible.map(PanelParticipant::specialty).distinct().count()
                : (int) eligible.count();
    }

    private static boolean assignable(List<PanelParticipant> participants, Map<PanelRole, Integer> needed,
            List<Set<PanelRole>> exclusive) {
        Set<Tally> reachable = Set.of(Tally.EMPTY);
        for (PanelParticipant person : participants) {
            Set<Tally> next = new HashSet<>(reachable);
            for (Set<PanelRole> choice : choices(person, needed.keySet(), exclusive)) {
                for (Tally tally : reachable) {
                    next.add(tally.plus(person, choice, needed));
                }
            }
            reachable = next;
            if (reachable.stream().anyMatch(t -> t.meets(needed))) {
                return true;
            }
        }
        return reachable.stream().anyMatch(t -> t.meets(needed));
    }

    /** Every set of needed categories this person could count for at once, one per exclusive group at most. */
    private static List<Set<PanelRole>> choices(PanelParticipant person, Set<PanelRole> neededRoles,
            List<Set<PanelRole>> exclusive) {
        List<PanelRole> roles = person.countableRoles().stream().filter(neededRoles::contains).sorted().toList();
        List<Set<PanelRole>> choices = new ArrayList<>();
        for (int mask = 1; mask < 1 << roles.size(); mask++) {
            Set<PanelRole> choice = new TreeSet<>();
            for (int i = 0; i < roles.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    choice.add(roles.get(i));
                }
            }
            if (exclusive.stream().allMatch(group -> choice.stream().filter(group::contains).count() <= 1)) {
                choices.add(choice);
            }
        }
        return choices;
    }

    /** Counts per category, capped at what is needed; for (ア) the specialties seen, capped likewise. */
    private record Tally(Set<String> specialties, Map<PanelRole, Integer> counts) {

        static final Tally EMPTY = new Tally(Set.of(), Map.of());

        Tally plus(PanelParticipant person, Set<PanelRole> choice, Map<PanelRole, Integer> needed) {
            Set<String> specialties = new TreeSet<>(this.specialties);
            Map<PanelRole, Integer> counts = new EnumMap<>(PanelRole.class);
            counts.putAll(this.counts);
            for (PanelRole role : choice) {
                if (role == PanelRole.A) {
                    if (specialties.size() < needed.get(PanelRole.A)) {
                        specialties.add(person.specialty());
                    }
                } else {
                    counts.merge(role, 1, (a, b) -> Math.min(a + b, needed.get(role)));
                }
            }
            return new Tally(Set.copyOf(specialties), Map.copyOf(counts));
        }

        boolean meets(Map<PanelRole, Integer> needed) {
            return needed.entrySet().stream().allMatch(need -> need.getKey() == PanelRole.A
                    ? specialties.size() >= need.getValue()
                    : counts.getOrDefault(need.getKey(), 0) >= need.getValue());
        }
    }
}
