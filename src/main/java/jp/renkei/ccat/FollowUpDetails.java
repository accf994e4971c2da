package jp.renkei.ccat;

import java.time.LocalDate;

/** A follow-up entry as the test page lists it: its number, the day it was entered and what it said. */
public record FollowUpDetails(int number, LocalDate recordedOn, FollowUpEntry entry) {
}
