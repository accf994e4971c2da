package jp.renkei.expertpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.renkei.expertpanel.composition.CompositionVerdict;

/**
 * One panel with its roster, meetings and cases, and the roster judged "as of {@code checkedOn} with everyone
 * present" against the requirements in force that day; {@code asOf} is the application clock's
 * moment of reading (a meeting before it can be signed off).
 */
public record PanelDetails(PanelSummary panel, List<PanelMemberDetails> members, List<MeetingDetails> meetings,
        List<PanelCaseSummary> cases, LocalDate checkedOn, Instant asOf, CompositionVerdict rosterCheck) {

    public PanelDetails {
        members = List.copyOf(members);
        meetings = List.copyOf(meetings);
        cases = List.copyOf(cases);
    }
}
