package jp.renkei.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;

/** Home figures about people: staff of the hospital for its admin, accounts network-wide for network admins. */
@Component
class StaffFigures implements HomeFigureContributor {

    private final CurrentUser currentUser;
    private final StaffAdministration staff;
    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;

    StaffFigures(CurrentUser currentUser, StaffAdministration staff, MembershipRepository memberships,
            UserAccountRepository accounts) {
        this.currentUser = currentUser;
        this.staff = staff;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Override
    public List<HomeFigure> figuresForCurrentUser() {
        List<HomeFigure> figures = new ArrayList<>();
        currentUser.get().ifPresent(user -> {
            if (user.has(Role.HOSPITAL_ADMIN)) {
                figures.add(new HomeFigure("home.figure.staff", staff.countMembers(), "admin/users"));
            }
            if (user.has(Role.NETWORK_ADMIN)) {
                figures.add(new HomeFigure("home.figure.accounts", accounts.count(), null));
                figures.add(new HomeFigure("home.figure.counselors", memberships.countByRole(Role.GENETIC_COUNSELOR),
                        null));
            }
        });
        return figures;
    }

    @Override
    public int order() {
        return 50;
    }
}
