package jp.renkei.ccat;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.renkei.shared.Role;
import jp.renkei.shared.ui.RelatedPage;
import jp.renkei.shared.ui.RelatedPages;

/**
 * The C-CAT test page linked from its referral's and its panel case's pages, for those who may open it: a
 * coordinator or liaison clinician of one of the test's two hospitals (the tenant filter keeps the others out).
 * Only the test's id is looked up, no patient data, so nothing is audited here; the test page audits its read.
 */
@Component
class CcatTestPages implements RelatedPages {

    private final GenomicTestRepository tests;
    private final TestAccess access;

    CcatTestPages(GenomicTestRepository tests, TestAccess access) {
        this.tests = tests;
        this.access = access;
    }

    @Override
    public List<RelatedPage> about(Of kind, long id) {
        if (!access.holds(Role.CORE_COORDINATOR) && !access.holds(Role.LIAISON_CLINICIAN)) {
            return List.of();
        }
        Optional<GenomicTest> test = kind == Of.REFERRAL ? tests.findByReferralId(id) : tests.findByPanelCaseId(id);
        return test.map(found -> List.of(new RelatedPage("ccat.link.testPage", "ccat/tests/" + found.id())))
                .orElse(List.of());
    }
}
