package jp.renkei.shared.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a person clicks that the database may refuse for a transient conflict with another write at the same
 * moment (a deadlock, a Galera certification failure, a lock wait timeout) is tried once more, in a new
 * transaction; a second conflict in a row is refused as {@link WriteConflict}, with nothing saved. The method
 * must be {@code @Transactional}, so each try is one transaction that commits or rolls back whole, events
 * included; called inside someone else's transaction it is not retried (only the opener of that transaction
 * could). See {@link CommitConflictRetry}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetriedOnConflict {
}
