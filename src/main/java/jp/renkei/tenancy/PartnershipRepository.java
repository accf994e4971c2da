package jp.renkei.tenancy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByLiaisonHospitalIdAndPartnerHospitalId(Long liaisonHospitalId, Long partnerHospitalId);
}
