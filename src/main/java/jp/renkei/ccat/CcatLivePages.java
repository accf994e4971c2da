package jp.renkei.ccat;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.live.LiveChange;

/**
 * Open test pages and worklists at both hospitals refresh when a test changes (a step reached or taken on, a
 * consent, the particulars): the test's topic and each side's worklist topic go to the change feed on commit.
 */
@Component
public class CcatLivePages {

    private final ApplicationEventPublisher events;

    CcatLivePages(ApplicationEventPublisher events) {
        this.events = events;
    }

    public static String test(long testId) {
        return "ccat-test:" + testId;
    }

    public static String worklist(HospitalId hospital) {
        return "ccat-worklist:" + hospital.value();
    }

    void changed(GenomicTest test) {
        events.publishEvent(new LiveChange(test(test.id()), test.testingHospital()));
        events.publishEvent(new LiveChange(worklist(test.testingHospital()), test.testingHospital()));
        if (!test.referringHospital().equals(test.testingHospital())) {
            events.publishEvent(new LiveChange(worklist(test.referringHospital()), test.referringHospital()));
        }
    }
}
