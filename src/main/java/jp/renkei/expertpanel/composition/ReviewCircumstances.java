package jp.renkei.expertpanel.composition;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What decides which requirements apply to one review: its date (the rule set in force), the panel's tumour
 * category, whether the test was sequenced in-house ((カ)), whether the patient is a child ((キ)) and whether the
 * attending physician already provided the treatment and family history.
 */
public record ReviewCircumstances(LocalDate date, TumourCategory category, boolean inHouseSequencing,
        boolean pediatricCase, boolean attendingProvidedHistory) {

    public ReviewCircumstances {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
    }
}
