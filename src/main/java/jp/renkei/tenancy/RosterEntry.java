package jp.renkei.tenancy;

import java.util.List;

/** One line of the network roster. */
public record RosterEntry(HospitalSummary hospital, List<HospitalSummary> partners) {
}
