package jp.renkei.ccat.claims;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the tests. */
interface PatientDepartureRepository extends JpaRepository<PatientDeparture, Long> {

    List<PatientDeparture> findByTestIdIn(Collection<Long> testIds);
}
