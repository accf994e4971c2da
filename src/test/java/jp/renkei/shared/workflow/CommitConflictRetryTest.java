package jp.renkei.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import jakarta.persistence.PessimisticLockException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Which refusals of the database are worth a second try: only transient conflicts, however they are wrapped. */
class CommitConflictRetryTest {

    @Test
    void deadlocksCertificationFailuresAndLockTimeoutsAreTransient() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

        assertThat(CommitConflictRetry.isTransientConflict(new TransactionSystemException("commit", deadlock))).isTrue();
        assertThat(CommitConflictRetry.isTransientConflict(new RuntimeException(lockWait))).isTrue();
        assertThat(CommitConflictRetry.isTransientConflict(new CannotAcquireLockException("at commit"))).isTrue();
        assertThat(CommitConflictRetry.isTransientConflict(new PessimisticLockException("counselor lock"))).isTrue();
    }

    @Test
    void duplicateKeysVersionChecksAndRefusalsAreDecisionsNotAccidents() {
        assertThat(CommitConflictRetry.isTransientConflict(new DataIntegrityViolationException("same slot",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(CommitConflictRetry.isTransientConflict(new OptimisticLockingFailureException("version"))).isFalse();
        assertThat(CommitConflictRetry.isTransientConflict(new ChangedConcurrently("referral:1"))).isFalse();
        assertThat(CommitConflictRetry.isTransientConflict(new Refused("some.key", "log"))).isFalse();
        assertThat(CommitConflictRetry.isTransientConflict(new IllegalStateException("a bug"))).isFalse();
    }
}
