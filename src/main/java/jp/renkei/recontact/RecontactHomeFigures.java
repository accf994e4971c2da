package jp.renkei.recontact;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;

/** A home tile for the clinicians and coordinators of a hospital with patients to recontact. */
@Component
class RecontactHomeFigures implements HomeFigureContributor {

    private final RecontactTasks tasks;
    private final CurrentUser currentUser;

    RecontactHomeFigures(RecontactTasks tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @Override
    public List<HomeFigure> figuresForCurrentUser() {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null || user.activeHospital() == null
                || !(user.has(Role.LIAISON_CLINICIAN) || user.has(Role.CORE_COORDINATOR))) {
            return List.of();
        }
        long open = tasks.countOpen();
        return open == 0 ? List.of() : List.of(new HomeFigure("recontact.home.open", open, "recontact"));
    }

    @Override
    public int order() {
        return 35;
    }
}
