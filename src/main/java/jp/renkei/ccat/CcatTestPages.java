package jp.renkei.ccat;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.shared.Role;
import jp.renkei.shared.tenant.HospitalContext;
import jp.renkei.shared.ui.RelatedPage;
import jp.renkei.shared.ui.RelatedPages;

/**
 * The C-CAT test page linked from its referral's and its panel case's pages, for those who may open it: a
 * coordinator or liaison clinician of one of the test's two hospitals. Only the test's id is looked up, no patient
 * data, so nothing is audited here; the test page audits its read. Plain SQL with the two hospitals' condition
 * written out: every referral and panel page asks this, and a JPA query under the hospital-scope filter is
 * translated anew each time (src/docs/performance.md, "Session 14").
 */
@Component
class CcatTestPages implements RelatedPages {

    private final JdbcClient jdbc;
    private final TestAccess access;
    private final HospitalContext hospital;

    CcatTestPages(JdbcClient jdbc, TestAccess access, HospitalContext hospital) {
        this.jdbc = jdbc;
        this.access = access;
        this.hospital = hospital;
    }

    @Override
    public List<RelatedPage> about(Of kind, long id) {
        if (!access.holds(Role.CORE_COORDINATOR) && !access.holds(Role.LIAISON_CLINICIAN)) {
            return List.of();
        }
        String column = kind == Of.REFERRAL ? "referral_id" : "panel_case_id"; // each unique
        long here = hospital.require().value();
        return jdbc.sql("select id from ccat_test where " + column
                + " = ? and (origin_hospital_id = ? or partner_hospital_id = ?)").params(id, here, here)
                .query(Long.class).optional()
                .map(test -> List.of(new RelatedPage("ccat.link.testPage", "ccat/tests/" + test))).orElse(List.of());
    }
}
