package jp.renkei.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.Role;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.ui.HomeFigure;
import jp.renkei.shared.ui.HomeFigureContributor;

/** Home figures: what waits for the coordinator, and where the clinician's referrals stand. */
@Component
class ReferralFigures implements HomeFigureContributor {

    private final ReferralListReader lists;
    private final CurrentUser currentUser;
    private final HospitalContext hospital;
    private final Clock clock;

    ReferralFigures(ReferralListReader lists, CurrentUser currentUser, HospitalContext hospital, Clock clock) {
        this.lists = lists;
        this.currentUser = currentUser;
        this.hospital = hospital;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomeFigure> figuresForCurrentUser() {
        List<HomeFigure> figures = new ArrayList<>();
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null || user.activeHospital() == null) {
            return figures;
        }
        Instant now = clock.instant();
        if (user.has(Role.CORE_COORDINATOR)) {
            figures.add(count("home.figure.referralsToAcknowledge", false,
                    new ReferralFilter(EnumSet.of(ReferralStatus.SUBMITTED), null, null, null, null, false), now));
            figures.add(count("home.figure.referralsOverdue", false,
                    new ReferralFilter(EnumSet.noneOf(ReferralStatus.class), null, null, null, null, true), now));
            figures.add(count("home.figure.referralsInProgress", false, new ReferralFilter(EnumSet.of(
                    ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, ReferralStatus.TEST_ORDERED), null, null, null,
                    null, false), now));
        } else if (user.has(Role.LIAISON_CLINICIAN)) {
            figures.add(count("home.figure.referralsDraft", true,
                    new ReferralFilter(EnumSet.of(ReferralStatus.DRAFT), null, null, null, null, false), now));
            figures.add(count("home.figure.referralsQuestions", true,
                    new ReferralFilter(EnumSet.of(ReferralStatus.RETURNED), null, null, null, null, false), now));
            figures.add(count("home.figure.referralsOpen", true, new ReferralFilter(EnumSet.of(ReferralStatus.SUBMITTED,
                    ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, ReferralStatus.TEST_ORDERED,
                    ReferralStatus.RESULTS_RETURNED), null, null, null, null, false), now));
        }
        return figures;
    }

    private HomeFigure count(String key, boolean referrerSide, ReferralFilter filter, Instant now) {
        long value = lists.count(hospital.require(), referrerSide, filter, now);
        // the tile opens the list showing exactly what it counts
        return new HomeFigure(key, value, filter.listRoute());
    }

    @Override
    public int order() {
        return 20;
    }
}
