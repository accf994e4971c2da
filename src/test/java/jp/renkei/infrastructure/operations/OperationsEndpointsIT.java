package jp.renkei.infrastructure.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.TestClock;
import jp.renkei.TestClockConfiguration;
import jp.renkei.identity.SecondFactorSteps;
import jp.renkei.identity.internal.DemoSecondFactor;

/**
 * The operations endpoints as a load balancer and a network admin reach them over HTTP. Same context as
 * {@code SignInOverHttpIT} (a server on a random port), so the two share one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({ "demo", "it" })
class OperationsEndpointsIT {

    static final String DEMO_PASSWORD = "Renkei-Demo-2026";
    static final String UP = "{\"status\":\"UP\"}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    SecondFactorSteps secondFactor;

    @Test
    void aLoadBalancerReadsTheProbesWithoutSigningInAndLearnsOnlyUpOrDown() throws Exception {
        PortalOverHttp loadBalancer = portal();

        for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
            HttpResponse<String> response = loadBalancer.get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo(UP);
        }
        HttpResponse<String> overall = loadBalancer.get("/actuator/health");
        assertThat(overall.statusCode()).isEqualTo(200);
        assertThat(overall.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    }

    @Test
    void aNetworkAdminSeesWhatReadinessIsMadeOf() throws Exception {
        String readiness = portal().signIn("network-admin", DEMO_PASSWORD).get("/actuator/health/readiness").body();

        assertThat(readiness).contains("\"readinessState\"", "\"db\"", "\"eventPublications\"");
        assertThat(readiness).doesNotContain("\"DOWN\"");
    }

    @Test
    void eventsLeftUndeliveredTakeTheNodeOutOfTheLoadBalancerButDoNotRestartIt() throws Exception {
        PortalOverHttp loadBalancer = portal();
        assertThat(loadBalancer.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        String stalled = undeliveredPublication(Duration.ofMinutes(20));
        try {
            HttpResponse<String> readiness = loadBalancer.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(loadBalancer.get("/actuator/health/liveness").body()).isEqualTo(UP);
            assertThat(portal().signIn("network-admin", DEMO_PASSWORD).get("/actuator/health/readiness").body())
                    .contains("\"stalled\":1");
        } finally {
            jdbc.update("delete from EVENT_PUBLICATION where ID = ?", stalled);
        }
        assertThat(loadBalancer.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void anEventPendingOnlyAMomentKeepsTheNodeReady() throws Exception {
        String recent = undeliveredPublication(Duration.ofMinutes(1));
        try {
            assertThat(portal().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            jdbc.update("delete from EVENT_PUBLICATION where ID = ?", recent);
        }
    }

    @Test
    void metricsAreForNetworkAdminsOnly() throws Exception {
        HttpResponse<String> anonymous = portal().get("/actuator/metrics");
        HttpResponse<String> coordinator = portal().signIn("coordinator", DEMO_PASSWORD).get("/actuator/metrics");
        HttpResponse<String> admin = portal().signIn("network-admin", DEMO_PASSWORD).get("/actuator/metrics");

        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("renkei.events");
        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(coordinator.body()).doesNotContain("renkei.events");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"http.server.requests\"", "\"http.server.requests.percentile\"",
                "\"renkei.events.backlog\"", "\"renkei.events.failed\"", "\"renkei.vaadin.sessions\"",
                "\"renkei.vaadin.uis\"");
    }

    @Test
    void theBacklogAndFailedDeliveriesAreCountedFromTheRegistry() throws Exception {
        PortalOverHttp admin = portal().signIn("network-admin", DEMO_PASSWORD);
        double backlog = value(admin, "renkei.events.backlog");
        double failed = value(admin, "renkei.events.failed");
        String pending = undeliveredPublication(Duration.ofMinutes(1));
        String failedOne = undeliveredPublication(Duration.ofMinutes(1));
        jdbc.update("update EVENT_PUBLICATION set STATUS = 'FAILED', COMPLETION_ATTEMPTS = 1 where ID = ?", failedOne);
        try {
            assertThat(value(admin, "renkei.events.backlog")).isEqualTo(backlog + 2);
            assertThat(value(admin, "renkei.events.failed")).isEqualTo(failed + 1);
        } finally {
            jdbc.update("delete from EVENT_PUBLICATION where ID in (?, ?)", pending, failedOne);
        }
    }

    @Test
    void anOpenedTabCountsAsAnActiveUi() throws Exception {
        PortalOverHttp admin = portal().signIn("network-admin", DEMO_PASSWORD);
        double before = value(admin, "renkei.vaadin.uis");

        PortalOverHttp clinician = portal().signIn("liaison", DEMO_PASSWORD);
        assertThat(clinician.get("/?v-r=init&location=").statusCode()).isEqualTo(200);

        assertThat(value(admin, "renkei.vaadin.uis")).isEqualTo(before + 1);
        assertThat(value(admin, "renkei.vaadin.sessions")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void requestTimesAreMeasured() throws Exception {
        PortalOverHttp admin = portal().signIn("network-admin", DEMO_PASSWORD);
        admin.get("/login");

        String timings = admin.get("/actuator/metrics/http.server.requests").body();
        assertThat(timings).contains("\"COUNT\"", "\"TOTAL_TIME\"", "\"MAX\"");
    }

    private String undeliveredPublication(Duration age) {
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                insert into EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS, COMPLETION_ATTEMPTS)
                values (?, 'jp.renkei.operations.ProbeTest.listener', 'java.lang.String', '"probe"', ?, 'PUBLISHED', 0)""",
                id, Timestamp.from(clock.instant().minus(age)));
        return id;
    }

    private static double value(PortalOverHttp admin, String metric) throws Exception {
        String body = admin.get("/actuator/metrics/" + metric).body();
        var matcher = java.util.regex.Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E-]+)").matcher(body);
        assertThat(matcher.find()).as("%s: %s", metric, body).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private PortalOverHttp portal() {
        return new PortalOverHttp("http://localhost:" + port,
                username -> secondFactor.freshCode(username, DemoSecondFactor.SECRET));
    }
}
