package jp.renkei.ccat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;

/** Home figure: how many of the hospital's genomic tests have a step overdue, opening the worklist. */
@Component
class CcatFigures implements HomeFigureContributor {

    private final TestMilestoneRepository milestones;
    private final CurrentUser currentUser;
    private final Clock clock;

    CcatFigures(TestMilestoneRepository milestones, CurrentUser currentUser, Clock clock) {
        this.milestones = milestones;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomeFigure> figuresForCurrentUser() {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null || user.activeHospital() == null
                || !(user.has(Role.CORE_COORDINATOR) || user.has(Role.LIAISON_CLINICIAN))) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        return List.of(new HomeFigure("home.figure.ccatTestsOverdue", milestones.countTestsOverdue(today), "ccat"));
    }

    @Override
    public int order() {
        return 40;
    }
}
