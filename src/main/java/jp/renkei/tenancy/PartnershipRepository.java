package jp.renkei.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    /** Every link of one hospital, on either side. Native for the reason {@link HospitalRepository#findAllByIdIn} is. */
    @Query(value = "select * from partnership where liaison_hospital_id = :hospital or partner_hospital_id = :hospital",
            nativeQuery = true)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "partnership"))
    List<Partnership> linksOf(long hospital);

    List<Partnership> findByLiaisonHospitalIdIn(Collection<Long> liaisonHospitalIds);

    Optional<Partnership> findByLiaisonHospitalIdAndPartnerHospitalId(Long liaisonHospitalId, Long partnerHospitalId);
}
