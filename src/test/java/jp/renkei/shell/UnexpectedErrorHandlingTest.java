package jp.renkei.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The message a person reads when a click fails: a database outage says to wait and that the input is kept. */
class UnexpectedErrorHandlingTest {

    @Test
    void aDatabaseOutageIsToldAsSuchNotAsAnUnexpectedError() {
        // What a save gets while the database is down: no connection within Hikari's timeout
        var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        // ...or the connection broke during the transaction
        var broken = new RuntimeException(new DataAccessResourceFailureException("Communications link failure"));

        assertThat(UnexpectedErrorHandling.messageFor(noConnection)).isEqualTo("error.databaseUnreachable");
        assertThat(UnexpectedErrorHandling.messageFor(broken)).isEqualTo("error.databaseUnreachable");
        assertThat(UnexpectedErrorHandling.messageFor(new IllegalStateException("a bug"))).isEqualTo("error.unexpected");
        assertThat(UnexpectedErrorHandling.messageFor(new AccessDeniedException("no")))
                .isEqualTo("error.accessDenied.message");
    }
}
