package jp.renkei.insight;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import jp.renkei.expertpanel.PanelCaseConcluded;
import jp.renkei.expertpanel.PanelReportIssued;
import jp.renkei.expertpanel.PanelCaseExplained;
import jp.renkei.shared.HospitalId;

/** The panel's part of a journey: concluded, reported (with or without a recommended therapy), explained. */
@Component
class PanelFactsListener {

    private final JourneyFacts facts;

    PanelFactsListener(JourneyFacts facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(PanelCaseConcluded concluded) {
        record(concluded.caseId(), concluded.referralId(), concluded.referringHospital(), concluded.panelHospital(),
                FactColumn.PANEL_ON, JourneyFacts.day(concluded.occurredAt()));
    }

    @ApplicationModuleListener
    void on(PanelReportIssued issued) {
        Map<FactColumn, Object> values = base(issued.caseId(), issued.panelHospital());
        values.put(FactColumn.REPORTED_ON, JourneyFacts.day(issued.issuedAt()));
        values.put(FactColumn.THERAPY_RECOMMENDED, issued.therapyRecommended());
        facts.record(JourneyKey.of(issued.referralId(), FactColumn.PANEL_CASE, issued.caseId()),
                issued.referringHospital(), values);
    }

    @ApplicationModuleListener
    void on(PanelCaseExplained explained) {
        record(explained.caseId(), explained.referralId(), explained.referringHospital(), explained.panelHospital(),
                FactColumn.EXPLAINED_ON, explained.explainedOn());
    }

    private void record(long caseId, Long referralId, HospitalId referring, HospitalId panel, FactColumn column,
            Object value) {
        Map<FactColumn, Object> values = base(caseId, panel);
        values.put(column, value);
        facts.record(JourneyKey.of(referralId, FactColumn.PANEL_CASE, caseId), referring, values);
    }

    private static Map<FactColumn, Object> base(long caseId, HospitalId panel) {
        Map<FactColumn, Object> values = new EnumMap<>(FactColumn.class);
        values.put(FactColumn.PANEL_CASE, caseId);
        values.put(FactColumn.PANEL_HOSPITAL, panel);
        return values;
    }
}
