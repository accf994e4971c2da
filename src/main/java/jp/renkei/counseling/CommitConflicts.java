package jp.renkei.counseling;

import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.persistence.PessimisticLockException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * A replicated database that certifies at commit (MariaDB Galera; MySQL Group Replication likewise) does not
 * block a second booking of the same slot on {@code SELECT … FOR UPDATE} on another node: one of the two commits
 * is refused as a deadlock (error 1213, SQLSTATE 40001). The refused booking is tried once more in a new
 * transaction, which then sees the winner's booking and refuses with "just taken" like on a single server; a
 * second conflict in a row ends as "just taken" too, never as an error page.
 */
final class CommitConflicts {

    private static final Logger log = LoggerFactory.getLogger(CommitConflicts.class);
    private static final int DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";

    private CommitConflicts() {
    }

    static <T> T triedTwice(String what, Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException first) {
            requireConflict(first);
            log.info("{}: the database refused the transaction as conflicting (certification); trying once more", what);
        }
        try {
            return transaction.get();
        } catch (RuntimeException second) {
            requireConflict(second);
            log.info("{}: conflicting again; refused as taken", what);
            throw new SlotTaken();
        }
    }

    /**
     * Anything else (a refusal, the database down) goes on up. The conflict comes translated by Spring at
     * commit, or as JPA's own exception from the counselor lock (an entity manager call, not a repository's).
     */
    private static void requireConflict(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof PessimisticLockException
                    || t instanceof SQLException sql
                            && (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return;
            }
        }
        throw failure;
    }
}
