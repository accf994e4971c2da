package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered: a hospital sees the lists of its own partnerships only. */
interface AgreedPairRepository extends JpaRepository<AgreedPair, Long> {

    @Query("select p from AgreedPair p where p.originHospitalId = ?1 and p.partnerHospitalId = ?2")
    List<AgreedPair> findByPartnership(Long liaisonHospital, Long panelHospital);
}
