package jp.renkei.referral;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

class ReferralListingImpl implements ReferralListing {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Referral> page(Specification<Referral> where, Sort sort, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Referral> query = cb.createQuery(Referral.class);
        Root<Referral> root = query.from(Referral.class);
        query.where(where.toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> pageOfIds(Specification<Referral> where, Sort sort, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Referral> root = query.from(Referral.class);
        query.select(root.get("id"));
        query.where(where.toPredicate(root, query, cb));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
