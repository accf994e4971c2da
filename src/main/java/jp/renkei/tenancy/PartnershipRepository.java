package jp.renkei.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findByLiaisonHospitalId(Long liaisonHospitalId);

    List<Partnership> findByPartnerHospitalId(Long partnerHospitalId);

    List<Partnership> findByLiaisonHospitalIdIn(Collection<Long> liaisonHospitalIds);

    Optional<Partnership> findByLiaisonHospitalIdAndPartnerHospitalId(Long liaisonHospitalId, Long partnerHospitalId);
}
