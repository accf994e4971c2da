package jp.renkei.recontact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecontactTaskRepository extends JpaRepository<RecontactTask, Long> {

    /** Open tasks first, newest first; the tenant filter keeps it to the current hospital's cases. */
    List<RecontactTask> findAllByOrderByContactedOnAscCreatedAtDesc();

    long countByContactedOnIsNull();
}
