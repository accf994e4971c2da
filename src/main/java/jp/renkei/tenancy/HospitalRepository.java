package jp.renkei.tenancy;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HospitalRepository extends JpaRepository<Hospital, Long> {

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
