package jp.renkei.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;

/**
 * Two home tiles opening the figures page, over the last year: days from referral to explanation (median), and the
 * share of reported panel cases whose patient received a recommended therapy. Left out while there is nothing to show.
 */
@Component
class InsightHomeFigures implements HomeFigureContributor {

    private final InsightService insight;
    private final CurrentUser currentUser;

    InsightHomeFigures(InsightService insight, CurrentUser currentUser) {
        this.insight = insight;
        this.currentUser = currentUser;
    }

    @Override
    public List<HomeFigure> figuresForCurrentUser() {
        List<HomeFigure> tiles = new ArrayList<>();
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null || !(user.has(Role.NETWORK_ADMIN) || user.has(Role.CORE_COORDINATOR)
                || user.has(Role.HOSPITAL_ADMIN))) {
            return tiles;
        }
        LocalDate today = insight.today();
        InsightFigures year = insight.figures(today.minusYears(1).plusDays(1), today);
        Distribution whole = year.stages().get(Stage.REFERRAL_TO_EXPLANATION);
        if (whole.shown()) {
            tiles.add(new HomeFigure("insight.home.medianDays", Math.round(whole.median()), "insight"));
        }
        if (year.access().shown()) {
            tiles.add(new HomeFigure("insight.home.givenPercent", Math.round(year.access().givenPercent()), "insight"));
        }
        return tiles;
    }

    @Override
    public int order() {
        return 60;
    }
}
