package jp.renkei.shared.workflow;

import java.lang.reflect.Method;
import java.sql.SQLException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs {@link RetriedOnConflict} methods. A replicated database that certifies at commit (MariaDB Galera, MySQL
 * Group Replication) refuses one of two writes that touched the same rows on two nodes as a deadlock (error
 * 1213, SQLSTATE 40001), where a single server would have made the second one wait; a single server refuses one
 * of two transactions that lock rows in opposite orders the same way. Such a refusal is transient: the same write
 * a moment later, in a new transaction, reads the winner's result and succeeds or is refused for a reason the
 * person understands. Duplicate keys and optimistic version checks are decisions, not accidents: never retried.
 * <p>
 * Outside the transaction interceptor ({@link CommitConflictRetryConfiguration}), so each try opens and ends its
 * own transaction.
 */
final class CommitConflictRetry implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CommitConflictRetry.class);
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final String SERIALIZATION_FAILURE = "40001";

    private final ObjectProvider<TransactionAttributeSource> transactionAttributes;

    CommitConflictRetry(ObjectProvider<TransactionAttributeSource> transactionAttributes) {
        this.transactionAttributes = transactionAttributes;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed(); // joins the caller's transaction, which only its opener can try again
        }
        String what = requireOwnTransaction(invocation);
        try {
            return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
        } catch (RuntimeException first) {
            if (!isTransientConflict(first)) {
                throw first;
            }
            log.info("{}: the database refused the transaction as conflicting; trying once more", what);
        }
        try {
            return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
        } catch (RuntimeException second) {
            if (!isTransientConflict(second)) {
                throw second;
            }
            log.warn("{}: conflicting again; refused, nothing saved", what, second);
            throw new WriteConflict(what);
        }
    }

    /** Without a transaction of its own, a try could leave part of its work committed: a programming error. */
    private String requireOwnTransaction(MethodInvocation invocation) {
        Method method = invocation.getMethod();
        Class<?> target = AopUtils.getTargetClass(invocation.getThis());
        TransactionAttribute attribute = transactionAttributes.getObject().getTransactionAttribute(method, target);
        int propagation = attribute == null ? -1 : attribute.getPropagationBehavior();
        if (propagation != TransactionDefinition.PROPAGATION_REQUIRED
                && propagation != TransactionDefinition.PROPAGATION_REQUIRES_NEW) {
            throw new IllegalStateException("@RetriedOnConflict " + method + " must open its own transaction");
        }
        return target.getSimpleName() + "." + method.getName();
    }

    /**
     * A deadlock, certification failure or lock wait timeout, however it arrives: translated by Spring at commit,
     * as JPA's own exception from an entity manager call, or as the driver's. A duplicate key or a version
     * check met first in the chain decides otherwise.
     */
    static boolean isTransientConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refused || t instanceof OptimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof DataIntegrityViolationException) {
                return false;
            }
            if (t instanceof PessimisticLockingFailureException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK
                            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
