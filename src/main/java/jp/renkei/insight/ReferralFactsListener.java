package jp.renkei.insight;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.referral.ReferralEvent;
import jp.renkei.referral.ReferralSubmitted;
import jp.renkei.referral.ReferralTestOrdered;

/**
 * The referral's part of a journey: the day it was sent (a resubmission after a question keeps the first day), the
 * testing hospital, and the day the test was ordered with where the patient then stood with standard treatment.
 */
@Component
class ReferralFactsListener {

    private final JourneyFacts facts;

    ReferralFactsListener(JourneyFacts facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(ReferralSubmitted submitted) {
        record(submitted, Map.of(FactColumn.REFERRED_ON, JourneyFacts.day(submitted.occurredAt())));
    }

    @ApplicationModuleListener
    void on(ReferralTestOrdered ordered) {
        Map<FactColumn, Object> values = new EnumMap<>(FactColumn.class);
        values.put(FactColumn.TEST_ORDERED_ON, JourneyFacts.day(ordered.occurredAt()));
        values.put(FactColumn.STANDARD_TREATMENT, ordered.standardTreatment());
        record(ordered, values);
    }

    private void record(ReferralEvent event, Map<FactColumn, Object> values) {
        Map<FactColumn, Object> all = new EnumMap<>(values);
        all.put(FactColumn.TESTING_HOSPITAL, event.receivingHospital());
        facts.record(JourneyKey.referral(event.referral().value()), event.referringHospital(), all);
    }
}
