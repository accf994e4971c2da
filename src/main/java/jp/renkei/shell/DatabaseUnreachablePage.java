package jp.renkei.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen that could not be opened because the database is out of reach: the person is told to wait and open it
 * again. A page of its own, without the main layout, whose menu and bell need the database too (the layout's
 * failure would end in Vaadin's own error page). Vaadin picks an error view by the exact class of the failure or
 * of one of its causes, so each way of reaching the database has its view: a transaction (services, JPA) and
 * plain JDBC. Not final: Spring proxies views with security annotations.
 */
abstract class DatabaseUnreachablePage extends RefusalPage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnreachablePage.class);

    DatabaseUnreachablePage() {
        super("database-unreachable", "error.unexpectedPage.title", "error.databaseUnreachablePage.message");
    }

    int unavailable(BeforeEnterEvent event, Exception failure) {
        // An outage, not a bug: one line, no stack trace
        log.warn("Could not open /{}: database unreachable ({})", event.getLocation().getPath(), failure.getMessage());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @PermitAll
    static class InTransaction extends DatabaseUnreachablePage
            implements HasErrorParameter<CannotCreateTransactionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> error) {
            return unavailable(event, error.getCaughtException());
        }
    }

    @PermitAll
    static class OverJdbc extends DatabaseUnreachablePage
            implements HasErrorParameter<CannotGetJdbcConnectionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotGetJdbcConnectionException> error) {
            return unavailable(event, error.getCaughtException());
        }
    }
}
