package jp.renkei.insight;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.ccat.CcatMilestoneReached;
import jp.renkei.ccat.CcatTreatmentRecorded;
import jp.renkei.ccat.milestone.MilestoneStep;

/**
 * C-CAT tracking's part of a journey: the specimen shipped, the lab result uploaded, the C-CAT report received (the
 * stages only it knows), the panel and the explanation when the panel module has not said them already (a panel held
 * elsewhere), and whether the recommended therapy was given.
 */
@Component
class CcatFactsListener {

    private final JourneyFacts facts;

    CcatFactsListener(JourneyFacts facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(CcatMilestoneReached reached) {
        FactColumn column = switch (reached.step()) {
            case SPECIMEN_SHIPPED -> FactColumn.SPECIMEN_SHIPPED_ON;
            case LAB_RESULT_UPLOADED -> FactColumn.LAB_RESULT_ON;
            case CCAT_REPORT_RECEIVED -> FactColumn.CCAT_REPORT_ON;
            case PANEL_HELD -> FactColumn.PANEL_ON;
            case RESULT_EXPLAINED -> FactColumn.EXPLAINED_ON;
            case CONSENT, CLINICAL_DATA_ENTERED, FOLLOW_UP -> null;
        };
        if (column == null) {
            return;
        }
        Map<FactColumn, Object> values = base(reached.testId(), reached);
        values.put(column, reached.reachedOn());
        JourneyKey key = JourneyKey.of(reached.referralId(), FactColumn.TEST, reached.testId());
        if (column == FactColumn.PANEL_ON || column == FactColumn.EXPLAINED_ON) {
            facts.fillIn(key, reached.referringHospital(), values);
        } else {
            facts.record(key, reached.referringHospital(), values);
        }
    }

    @ApplicationModuleListener
    void on(CcatTreatmentRecorded recorded) {
        Map<FactColumn, Object> values = new EnumMap<>(FactColumn.class);
        values.put(FactColumn.TEST, recorded.testId());
        values.put(FactColumn.TESTING_HOSPITAL, recorded.testingHospital());
        values.put(FactColumn.THERAPY_GIVEN, recorded.recommendedTherapyGiven());
        facts.record(JourneyKey.of(recorded.referralId(), FactColumn.TEST, recorded.testId()),
                recorded.referringHospital(), values);
    }

    private static Map<FactColumn, Object> base(long testId, CcatMilestoneReached reached) {
        Map<FactColumn, Object> values = new EnumMap<>(FactColumn.class);
        values.put(FactColumn.TEST, testId);
        values.put(FactColumn.TESTING_HOSPITAL, reached.testingHospital());
        return values;
    }
}
