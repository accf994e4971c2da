package jp.renkei.shared.tenant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IsolationProbeRepository extends JpaRepository<IsolationProbe, Long> {

    List<IsolationProbe> findByLabelStartingWith(String prefix);

    @Query("select p from IsolationProbe p where p.id in :ids")
    List<IsolationProbe> findByIds(List<Long> ids);
}
