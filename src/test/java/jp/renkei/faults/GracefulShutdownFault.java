package jp.renkei.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.renkei.identity.internal.Base32;
import jp.renkei.identity.internal.DemoSecondFactor;
import jp.renkei.identity.internal.Totp;
import jp.renkei.infrastructure.operations.PortalOverHttp;

/**
 * SIGTERM to a portal while a person's request is held in the database: a row lock on their account, taken from
 * a plain JDBC connection, keeps the sign-in's write waiting. The request in flight finishes and its write is
 * there; a person arriving meanwhile is refused, not half served; the process ends. A request still held when the
 * shutdown's time is up is cut off and its transaction rolled back: nothing of it is written.
 */
class GracefulShutdownFault {

    private static final Path WORK = Path.of("target", "graceful-shutdown-fault");
    private static final PortalProcess.Ports PORTS = new PortalProcess.Ports(18130, 3950, 13440);
    private static final String PASSWORD = "Renkei-Demo-2026";
    /** The production setting (application.yml): how long a stopping node finishes what is in flight. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    /** The JVM's exit status after SIGTERM once its shutdown hooks ran (128 + 15): a clean stop. */
    private static final int STOPPED_BY_SIGTERM = 143;
    private static final String AUDIT_OF_LIAISON2 = "select count(*) from audit_entry where subject = 'user:liaison2'";
    private static final String FAILURES_OF_LIAISON2 = "select failed_sign_ins from user_account where username = 'liaison2'";
    private static LoopbackDatabase database;

    @BeforeAll
    static void startDatabase() throws Exception {
        org.springframework.util.FileSystemUtils.deleteRecursively(WORK);
        database = LoopbackDatabase.start(WORK.resolve("db"), PORTS.database());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void aSignInHeldInTheDatabaseFinishesAfterSigtermWhileNewcomersAreRefused() throws Exception {
        PortalProcess portal = startPortal("in-flight");
        PortalOverHttp liaison = new PortalOverHttp(baseUrl(), GracefulShutdownFault::codeNow).password("liaison",
                PASSWORD);
        long signInsBefore = signedIn("liaison");
        CompletableFuture<PortalOverHttp> secondStep;
        long terminated;
        String newcomer;
        try (Connection lock = database.jdbc().getDataSource().getConnection()) {
            lockAccount(lock, "liaison");
            secondStep = CompletableFuture.supplyAsync(() -> secondFactor(liaison, "liaison"));
            awaitLockWait();

            terminated = System.nanoTime();
            portal.terminate();
            Thread.sleep(500);
            newcomer = newcomerAnswer();
            Thread.sleep(Duration.ofSeconds(2).minusNanos(System.nanoTime() - terminated));
            assertThat(secondStep).as("the sign-in waits for the lock").isNotDone();
            lock.rollback();
        }
        PortalOverHttp signedIn = secondStep.get(1, TimeUnit.MINUTES);
        long answered = System.nanoTime();
        OptionalInt exit = portal.exitWithin(SHUTDOWN_TIMEOUT.plusSeconds(30));
        long exited = System.nanoTime();
        System.out.printf("graceful-shutdown: in-flight sign-in answered %d ms after SIGTERM (lock released at 2000 ms),"
                + " newcomer 500 ms after SIGTERM: %s, process ended %d ms after SIGTERM with status %s%n",
                (answered - terminated) / 1_000_000, newcomer, (exited - terminated) / 1_000_000, exit);

        assertThat(signedIn).as("the in-flight sign-in was answered with the portal, not an error").isNotNull();
        assertThat(signedIn("liaison")).as("its write: the sign-in is in the audit trail").isEqualTo(signInsBefore + 1);
        assertThat(database.jdbc().queryForObject("select totp_last_step from user_account where username = 'liaison'",
                Long.class)).as("its write: the code is used up").isNotNull();
        assertThat(newcomer).as("a newcomer during the shutdown").isIn("refused", "503");
        assertThat(exit).as("the process ended within the shutdown timeout").hasValue(STOPPED_BY_SIGTERM);
        assertThat(Duration.ofNanos(exited - terminated)).isLessThan(SHUTDOWN_TIMEOUT);
    }

    @Test
    void aRequestStillHeldWhenTheShutdownTimeIsUpIsRolledBack() throws Exception {
        Duration timeout = Duration.ofSeconds(10);
        PortalProcess portal = startPortal("timed-out", "--spring.lifecycle.timeout-per-shutdown-phase=10s");
        long failuresBefore = count("select count(*) from sign_in_failure");
        long auditBefore = count(AUDIT_OF_LIAISON2);
        long countedBefore = count(FAILURES_OF_LIAISON2);
        CompletableFuture<String> wrongPassword;
        long terminated;
        long exited;
        OptionalInt exit;
        try (Connection lock = database.jdbc().getDataSource().getConnection()) {
            lockAccount(lock, "liaison2");
            // A mistyped password: the failure for the address is written, then the account's count waits
            wrongPassword = CompletableFuture.supplyAsync(() -> answerTo(() -> new PortalOverHttp(baseUrl(),
                    GracefulShutdownFault::codeNow).password("liaison2", "not-the-password")));
            awaitLockWait();
            terminated = System.nanoTime();
            portal.terminate();
            exit = portal.exitWithin(timeout.plusSeconds(60));
            exited = System.nanoTime();
            lock.rollback();
        }
        String answer = wrongPassword.get(1, TimeUnit.MINUTES);
        for (int wait = 0; wait < 600 && database.openTransactions() > 0; wait++) {
            Thread.sleep(100);
        }
        System.out.printf("graceful-shutdown: a request held past the %d s timeout: process ended %d ms after SIGTERM"
                + " with status %s, the client got: %s; open transactions afterwards: %d%n", timeout.toSeconds(),
                (exited - terminated) / 1_000_000, exit, answer, database.openTransactions());

        assertThat(exit).as("the process ended although a request was still held").isPresent();
        assertThat(answer).as("the held request got no answer claiming success").doesNotStartWith("answered");
        assertThat(count("select count(*) from sign_in_failure")).as("the failure written before the wait")
                .isEqualTo(failuresBefore);
        assertThat(count(FAILURES_OF_LIAISON2)).as("the account's failure count").isEqualTo(countedBefore);
        assertThat(count(AUDIT_OF_LIAISON2)).as("nothing audited of it").isEqualTo(auditBefore);
    }

    private static PortalProcess startPortal(String name, String... extra) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(PortalProcess.onTheRealClock(PortalProcess.arguments(
                "demo,it", PORTS.http(), PORTS.smtp(), database.portalArguments())));
        arguments.addAll(List.of(extra));
        return PortalProcess.start("-", arguments, WORK.resolve("portal-" + name + ".log"));
    }

    private static void lockAccount(Connection connection, String username) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement(
                "select id from user_account where username = ? for update")) {
            select.setString(1, username);
            select.executeQuery().close();
        }
    }

    private static void awaitLockWait() throws Exception {
        for (int wait = 0; wait < 600 && database.transactionsWaitingForALock() == 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(database.transactionsWaitingForALock()).as("the request waits in the database").isEqualTo(1);
    }

    private static PortalOverHttp secondFactor(PortalOverHttp person, String username) {
        try {
            return person.secondFactor(username);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** "answered" if the request came back as the portal meant it to, else how it failed. */
    private static String answerTo(java.util.concurrent.Callable<?> request) {
        try {
            request.call();
            return "answered";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** A new visitor's first request: "refused" (no connection), or the HTTP status they got. */
    private static String newcomerAnswer() throws Exception {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return String.valueOf(response.statusCode());
        } catch (ConnectException refused) {
            return "refused";
        }
    }

    private static long signedIn(String username) {
        return count("select count(*) from audit_entry where action = 'SIGNED_IN' and subject = 'user:" + username + "'");
    }

    private static long count(String query) {
        return database.jdbc().queryForObject(query, Long.class);
    }

    /** The demo authenticator's code now: the portal runs on the real clock here. */
    private static String codeNow(String username) {
        return Totp.codeAt(Base32.decode(DemoSecondFactor.SECRET), Totp.stepAt(Instant.now()));
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + PORTS.http();
    }
}
