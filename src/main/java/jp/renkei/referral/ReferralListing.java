package jp.renkei.referral;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Offset pages without the total count Spring Data's Page would run over every matching row. */
interface ReferralListing {

    List<Referral> page(Specification<Referral> where, Sort sort, int offset, int limit);

    /** The ids of a page only: cheap enough to learn how many rows a small part of the list has. */
    List<Long> pageOfIds(Specification<Referral> where, Sort sort, int offset, int limit);
}
