package jp.renkei.expertpanel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.PanelCaseAssigner.Placement;
import jp.renkei.expertpanel.composition.TumourCategory;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * Opens a case, referred or the hospital's own, under the same rules: due {@code renkei.panel.due-business-days}
 * business days after {@code acceptedAt}, at the earliest meeting of the hospital's (solid-tumour) panel with room
 * ({@link PanelCaseAssigner}; late or none if need be). The caller's transaction must be READ COMMITTED (see the
 * assigner).
 */
@Component
class PanelCaseOpener {

    /** The opened case and whether its meeting is after its due date. */
    record Opened(PanelCase panelCase, boolean late) {
    }

    private final PanelCaseRepository cases;
    private final PanelCaseAssigner assigner;
    private final PanelSettings settings;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();
    private final Clock clock;

    PanelCaseOpener(PanelCaseRepository cases, PanelCaseAssigner assigner, PanelSettings settings, Clock clock) {
        this.cases = cases;
        this.assigner = assigner;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code referralId} is null for the hospital's own patient (then origin and panel hospital are the same). */
    @Transactional(propagation = Propagation.MANDATORY)
    Opened open(HospitalId origin, HospitalId panelHospital, Long referralId, String cancerTypeCode,
            Instant acceptedAt) {
        LocalDate dueOn = calendar.addBusinessDays(LocalDate.ofInstant(acceptedAt, JapanTime.ZONE),
                settings.dueBusinessDays());
        // Haematological cases cannot be told apart yet (only the OncoTree code is known): solid first.
        Placement placement = assigner.place(TumourCategory.SOLID, dueOn, clock.instant());
        PanelCase opening = new PanelCase(origin, panelHospital, referralId, placement.panel(), placement.meeting(),
                cancerTypeCode, acceptedAt, clock.instant());
        opening.dueOn(dueOn);
        return new Opened(cases.saveAndFlush(opening), placement.late());
    }
}
