package jp.renkei.tenancy;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;


interface HospitalRepository extends JpaRepository<Hospital, Long> {

    /**
     * Hospitals by id, read on most pages (the referral list's names, the hospitals a booking may reach). Native:
     * while a hospital's tenant filters are on, Hibernate caches no plan and translates every JPQL or criteria query
     * anew; hospitals belong to the network, so no filter applies to them anyway. Only a pending change to hospitals
     * is flushed first. Not for an empty collection.
     */
    @Query(value = "select * from hospital where id in (:ids)", nativeQuery = true)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "hospital"))
    List<Hospital> findAllByIdIn(Collection<Long> ids);

    @Query("""
            select h from Hospital h
            where (:text is null or h.nameJa like concat('%', :text, '%') or lower(h.nameEn) like lower(concat('%', :text, '%'))
                   or h.code like concat('%', :text, '%'))
              and (:tier is null or h.tier = :tier)
            order by h.tier, h.prefectureCode, h.code
            """)
    List<Hospital> search(String text, HospitalTier tier, Pageable page);

    @Query("""
            select count(h) from Hospital h
            where (:text is null or h.nameJa like concat('%', :text, '%') or lower(h.nameEn) like lower(concat('%', :text, '%'))
                   or h.code like concat('%', :text, '%'))
              and (:tier is null or h.tier = :tier)
            """)
    long countSearch(String text, HospitalTier tier);

    long countByTier(HospitalTier tier);

    List<Hospital> findByTierInOrderByCode(List<HospitalTier> tiers);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    @Query("select h from Hospital h order by h.tier, h.prefectureCode, h.code")
    List<Hospital> findAllInRosterOrder();
}
