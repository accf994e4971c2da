package jp.renkei.referral;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReferralRepository extends JpaRepository<Referral, Long>, JpaSpecificationExecutor<Referral> {
}
