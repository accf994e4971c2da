package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the tests they belong to. */
interface TestMilestoneRepository extends JpaRepository<TestMilestone, Long> {

    List<TestMilestone> findByTestIdOrderByIdAsc(long testId);

    /** The open steps due by {@code horizon}, the earliest due first (index on hospital, reached_on, due_on). */
    @Query("""
            select m from TestMilestone m where m.reachedOn is null and m.dueOn <= :horizon
            order by m.dueOn asc, m.id asc
            """)
    List<TestMilestone> openDueBy(LocalDate horizon, Limit limit);

    /** How many of the hospital's tests (either side) have a step past its due date. */
    @Query("select count(distinct m.testId) from TestMilestone m where m.reachedOn is null and m.dueOn < :today")
    long countTestsOverdue(LocalDate today);

    /** Testing hospitals with a step overdue and not yet notified for its current due date: ids only, for the job. */
    @Query(value = """
            select distinct partner_hospital_id from ccat_milestone
            where reached_on is null and due_on < :today
              and (overdue_notice_for_due is null or overdue_notice_for_due <> due_on)
            """, nativeQuery = true)
    List<Long> hospitalsWithUnnoticedOverdue(LocalDate today);

    @Query("""
            select m from TestMilestone m where m.partnerHospitalId = :hospital and m.reachedOn is null
              and m.dueOn < :today
            order by m.dueOn asc, m.id asc
            """)
    List<TestMilestone> overdueAt(Long hospital, LocalDate today);
}
