package jp.renkei.ccat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.MilestoneStep;

/**
 * What a test still lacks before it can move on, as message keys in the order the page asks for them: the catalogue
 * test and the sample type, and, until the data has gone to C-CAT, a registration consent valid now (without it the
 * clinical-data step cannot be recorded).
 */
@Component
class MissingItems {

    private final TestConsents consents;
    private final TestMilestones milestones;
    private final TestAccess access;

    MissingItems(TestConsents consents, TestMilestones milestones, TestAccess access) {
        this.consents = consents;
        this.milestones = milestones;
        this.access = access;
    }

    List<String> of(GenomicTest test, CatalogueTest chosen) {
        List<String> missing = new ArrayList<>();
        if (chosen == null) {
            missing.add("ccat.test.missing.catalogueTest");
        }
        if (test.sampleType() == null) {
            missing.add("ccat.test.missing.sampleType");
        }
        boolean dataEntered = milestones.of(test).stream()
                .anyMatch(m -> m.is(MilestoneStep.CLINICAL_DATA_ENTERED, 0) && m.reachedOn() != null);
        if (!dataEntered && !consents.submissionAllowedAt(test, access.clock().instant())) {
            missing.add("ccat.test.missing.registrationConsent");
        }
        return missing;
    }
}
