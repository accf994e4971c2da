package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the policy simulation reads: the cases a hospital's own panels reviewed (not those it referred elsewhere,
 * which the tenant filter also lets it see) and their variants.
 */
interface SimulationQueries extends Repository<PanelCase, Long> {

    @Query("""
            select c from PanelCase c where c.partnerHospitalId = :hospital
              and c.acceptedAt >= :from and c.acceptedAt < :until order by c.acceptedAt asc, c.id asc
            """)
    List<PanelCase> reviewedHere(Long hospital, Instant from, Instant until);

    @Query("select v from PanelCaseVariant v where v.panelCaseId in :caseIds order by v.panelCaseId, v.id")
    List<PanelCaseVariant> variantsOf(Collection<Long> caseIds);
}
