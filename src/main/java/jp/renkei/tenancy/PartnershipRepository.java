package jp.renkei.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    /** Every link of one hospital, on either side (both arguments are its id). */
    List<Partnership> findByLiaisonHospitalIdOrPartnerHospitalId(Long liaisonHospitalId, Long partnerHospitalId);

    List<Partnership> findByLiaisonHospitalIdIn(Collection<Long> liaisonHospitalIds);

    Optional<Partnership> findByLiaisonHospitalIdAndPartnerHospitalId(Long liaisonHospitalId, Long partnerHospitalId);
}
