package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.audit.ChainVerification.Problem;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.referral.ReferralFilter;
import jp.renkei.referral.ReferralService;
import jp.renkei.shared.audit.AuditEvent;

/**
 * The audit trail is hash-chained: the verifier finds an entry changed, removed or swapped with plain SQL (done
 * here as the database's root, inside a transaction that is rolled back, so the shared trail stays intact), and
 * concurrent writers still form one valid chain.
 */
@RenkeiIntegrationTest
class AuditChainIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource appDataSource;
    @Autowired
    Clock clock;
    @Autowired
    SignIn signIn;
    @Autowired
    ReferralService referrals;
    @Autowired
    NightlyChainCheck nightly;
    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void untouchedChainIsValidAndCoversEveryEntry() {
        record("untouched");

        ChainVerification result = verifier.verify();

        assertThat(result.valid()).as(result.describe()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(jdbc.queryForObject("select count(*) from audit_entry", Long.class));
    }

    @Test
    void twoWritersAtOnceFormOneValidChain() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Void> writer = () -> {
            start.await();
            for (int i = 0; i < 25; i++) {
                // several entries in one transaction, as a service that audits twice
                transactions.executeWithoutResult(tx -> {
                    record("concurrent");
                    record("concurrent");
                });
            }
            return null;
        };
        List<Future<Void>> done = List.of(nodes.submit(writer), nodes.submit(writer));
        start.countDown();
        for (Future<Void> writing : done) {
            writing.get();
        }
        nodes.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 100);
        ChainVerification result = verifier.verify();
        assertThat(result.valid()).as(result.describe()).isTrue();
    }

    @Test
    void aColumnChangedWithPlainSqlNamesThatEntry() throws Exception {
        long[] ids = threeFreshEntries();

        ChainVerification result = tampered(root -> root.update("update audit_entry set detail = 'harmless' where id = ?",
                ids[1]));

        assertThat(result.valid()).isFalse();
        assertThat(result.brokenEntryId()).isEqualTo(ids[1]);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void anEntryWithRoleAddressAndClientVerifiesAndAChangedSourceAddressIsNamed() throws Exception {
        signIn.as("coordinator");
        SignedInUser coordinator = currentUser.require();
        FromTheWeb.request(() -> events.publishEvent(AuditEvent.byUser(coordinator.id(), coordinator.displayName(),
                coordinator.activeHospital(), "HOSPITAL_SCOPE_ENTERED", null, "from the web")));
        record("after it, from no request");
        long[] ids = jdbc.queryForList("select id from audit_entry order by id desc limit 2", Long.class).reversed()
                .stream().mapToLong(Long::longValue).toArray();
        assertThat(jdbc.queryForObject("select source_address from audit_entry where id = ?", String.class, ids[0]))
                .isEqualTo(FromTheWeb.ADDRESS);
        assertThat(jdbc.queryForObject("select actor_role from audit_entry where id = ?", String.class, ids[0]))
                .isEqualTo("CORE_COORDINATOR");
        assertThat(verifier.verify().valid()).as("the hash covers what is stored").isTrue();

        ChainVerification result = tampered(root -> root.update(
                "update audit_entry set source_address = '203.0.113.9' where id = ?", ids[0]));

        assertThat(result.valid()).isFalse();
        assertThat(result.brokenEntryId()).isEqualTo(ids[0]);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
        for (String column : List.of("actor_role", "client")) {
            assertThat(tampered(root -> root.update("update audit_entry set " + column + " = null where id = ?",
                    ids[0])).brokenEntryId()).as(column + " emptied").isEqualTo(ids[0]);
        }
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        long[] ids = threeFreshEntries();

        ChainVerification result = tampered(root -> root.update("delete from audit_entry where id = ?", ids[1]));

        assertThat(result.valid()).isFalse();
        assertThat(result.brokenEntryId()).isEqualTo(ids[1]);
        assertThat(result.problem()).isEqualTo(Problem.REMOVED);
    }

    @Test
    void theNewestEntryDeletedIsNamedToo() throws Exception {
        long[] ids = threeFreshEntries();

        ChainVerification result = tampered(root -> root.update("delete from audit_entry where id = ?", ids[2]));

        assertThat(result.brokenEntryId()).isEqualTo(ids[2]);
        assertThat(result.problem()).isEqualTo(Problem.REMOVED);
    }

    @Test
    void twoEntriesSwappedAreFoundAtTheFirst() throws Exception {
        long[] ids = threeFreshEntries();

        ChainVerification result = tampered(root -> {
            root.update("update audit_entry set id = -1 where id = ?", ids[0]);
            root.update("update audit_entry set id = ? where id = ?", ids[0], ids[2]);
            root.update("update audit_entry set id = ? where id = -1", ids[2]);
        });

        assertThat(result.valid()).isFalse();
        assertThat(result.brokenEntryId()).isEqualTo(ids[0]);
        assertThat(result.problem()).isEqualTo(Problem.OUT_OF_ORDER);
    }

    @Test
    void twoEntriesContentSwappedIsFoundAtTheFirst() throws Exception {
        long[] ids = threeFreshEntries();

        ChainVerification result = tampered(root -> {
            root.update("update audit_entry a join audit_entry b on a.id = ? and b.id = ?"
                    + " set a.detail = b.detail, b.detail = a.detail", ids[0], ids[2]);
        });

        assertThat(result.brokenEntryId()).isEqualTo(ids[0]);
        assertThat(result.problem()).isEqualTo(Problem.CHANGED);
    }

    @Test
    void aNetworkAdminVerifiesAndTheResultIsKeptForTheAuditPage() {
        signIn.as("network-admin");

        ChainVerification result = trail.verifyChain();

        assertThat(result.valid()).isTrue();
        assertThat(trail.lastChainCheck()).hasValueSatisfying(last -> {
            assertThat(last.valid()).isTrue();
            assertThat(last.entriesChecked()).isEqualTo(result.entriesChecked());
        });
        signIn.as("hospital-admin");
        assertThat(trail.lastChainCheck()).as("the hospital admin sees the status").isPresent();
        assertThatThrownBy(trail::verifyChain).as("but starting a walk of the network's chain is not theirs")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theNightlyCheckKeepsTheLastVerifiedTimeCurrent() {
        java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        nightly.verify();

        signIn.as("hospital-admin");
        assertThat(trail.lastChainCheck()).hasValueSatisfying(last -> {
            assertThat(last.valid()).isTrue();
            assertThat(last.checkedAt()).isBetween(before, clock.instant());
        });
    }

    @Test
    void whenTheReadCannotBeAuditedThePatientDataIsNotReturned() throws Exception {
        signIn.as("liaison");
        var referral = referrals.list(ReferralFilter.everything(), 0, 1).getFirst().id();
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        JdbcTemplate root = root();
        root.update("update audit_chain_head set id = 2 where id = 1");
        try {
            assertThatThrownBy(() -> referrals.get(referral)).as("no audit entry, no referral");
        } finally {
            root.update("update audit_chain_head set id = 1 where id = 2");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before);
        assertThat(referrals.get(referral).id()).as("audited again, shown again").isEqualTo(referral);
    }

    private void record(String detail) {
        events.publishEvent(AuditEvent.system("HOSPITAL_SCOPE_ENTERED", null, detail));
    }

    private long[] threeFreshEntries() {
        for (String detail : List.of("first", "second", "third")) {
            record(detail);
        }
        return jdbc.queryForList("select id from audit_entry order by id desc limit 3", Long.class).reversed()
                .stream().mapToLong(Long::longValue).toArray();
    }

    /** Tampers as the database's root in a transaction, verifies inside it, then rolls it back. */
    private ChainVerification tampered(Consumer<JdbcTemplate> tampering) throws Exception {
        try (Connection connection = root().getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcTemplate inTransaction = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                tampering.accept(inTransaction);
                return new AuditChainVerifier(inTransaction, clock).verify();
            } finally {
                connection.rollback();
            }
        }
    }

    private JdbcTemplate root() {
        return new JdbcTemplate(new DriverManagerDataSource(((HikariDataSource) appDataSource).getJdbcUrl(), "root", ""));
    }
}
