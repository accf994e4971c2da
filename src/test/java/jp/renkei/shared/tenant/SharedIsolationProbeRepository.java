package jp.renkei.shared.tenant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedIsolationProbeRepository extends JpaRepository<SharedIsolationProbe, Long> {

    List<SharedIsolationProbe> findByLabelStartingWith(String prefix);
}
