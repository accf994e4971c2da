package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.shared.HospitalId;

/**
 * The narrow question recontact asks when a new therapy is approved: which concluded cases, in any hospital, carry a
 * variant of this gene. Answered for a listener outside any request, so it reads across hospitals with plain SQL
 * and returns no patient identity; whoever acts on a case does so through the case's own hospitals.
 */
@Component
public class ConcludedVariants {

    private final JdbcTemplate jdbc;

    ConcludedVariants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ConcludedVariant> ofGene(String gene) {
        return jdbc.query("""
                SELECT c.id, c.referral_id, c.origin_hospital_id, c.partner_hospital_id, c.cancer_type_code,
                       v.gene, v.alteration, v.pathogenicity, c.concluded_at
                  FROM panel_case_variant v JOIN panel_case c ON c.id = v.panel_case_id
                 WHERE UPPER(v.gene) = UPPER(?) AND c.concluded_at IS NOT NULL
                 ORDER BY c.id, v.id""", (rs, row) -> new ConcludedVariant(rs.getLong("id"),
                rs.getObject("referral_id", Long.class), HospitalId.of(rs.getLong("origin_hospital_id")),
                HospitalId.of(rs.getLong("partner_hospital_id")), rs.getString("cancer_type_code"),
                rs.getString("gene"), rs.getString("alteration"),
                Pathogenicity.valueOf(rs.getString("pathogenicity")).pathogenicOrLikely(),
                rs.getTimestamp("concluded_at").toInstant()), gene.strip());
    }
}
