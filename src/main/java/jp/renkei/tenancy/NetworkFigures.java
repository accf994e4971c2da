package jp.renkei.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;

/** Home figures about the network: tiers and links for network admins, own partners for hospital staff. */
@Component
class NetworkFigures implements HomeFigureContributor {

    private final CurrentUser currentUser;
    private final CurrentHospital currentHospital;
    private final HospitalDirectory directory;

    NetworkFigures(CurrentUser currentUser, CurrentHospital currentHospital, HospitalDirectory directory) {
        this.currentUser = currentUser;
        this.currentHospital = currentHospital;
        this.directory = directory;
    }

    @Override
    public List<HomeFigure> figuresForCurrentUser() {
        List<HomeFigure> figures = new ArrayList<>();
        currentUser.get().ifPresent(user -> {
            if (user.has(Role.NETWORK_ADMIN)) {
                Map<HospitalTier, Long> tiers = directory.countByTier();
                figures.add(new HomeFigure("home.figure.core", tiers.get(HospitalTier.CORE), "admin/hospitals"));
                figures.add(new HomeFigure("home.figure.designated", tiers.get(HospitalTier.DESIGNATED),
                        "admin/hospitals"));
                figures.add(new HomeFigure("home.figure.liaison", tiers.get(HospitalTier.LIAISON), "admin/hospitals"));
                figures.add(new HomeFigure("home.figure.partnerships", directory.countPartnerships(),
                        "admin/hospitals"));
            }
            currentHospital.current().ifPresent(hospital -> figures.add(
                    new HomeFigure("home.figure.partners", directory.partnersOf(hospital).size(), null)));
        });
        return figures;
    }

    @Override
    public int order() {
        return 10;
    }
}
