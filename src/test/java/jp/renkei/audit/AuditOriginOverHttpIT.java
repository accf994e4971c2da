package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import jp.renkei.TestClockConfiguration;
import jp.renkei.identity.SecondFactorSteps;
import jp.renkei.identity.internal.DemoSecondFactor;
import jp.renkei.infrastructure.operations.PortalOverHttp;

/**
 * Over real HTTP against the running server (same context as {@code OperationsEndpointsIT}): the sign-in and a
 * referral opened in the portal's page record the role, the address the server saw and the client's User-Agent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({ "demo", "it" })
class AuditOriginOverHttpIT {

    static final String DEMO_PASSWORD = "Renkei-Demo-2026";
    static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecondFactorSteps secondFactor;

    @Test
    void aSignInAndAReferralOpenedInThePageRecordRoleAddressAndClient() throws Exception {
        PortalOverHttp coordinator = new PortalOverHttp("http://localhost:" + port,
                username -> secondFactor.freshCode(username, DemoSecondFactor.SECRET)).signIn("coordinator",
                        DEMO_PASSWORD);

        assertThat(newest("SIGNED_IN")).containsEntry("source_address", "127.0.0.1")
                .containsEntry("actor_role", "CORE_COORDINATOR")
                .hasEntrySatisfying("client", client -> assertThat((String) client).startsWith("Java-http-client/"));

        long referral = jdbc.queryForObject("select id from referral where partner_hospital_id = 1"
                + " and status <> 'DRAFT' order by id limit 1", Long.class);
        openInThePage(coordinator, "referrals/" + referral);

        assertThat(newest("REFERRAL_VIEWED")).containsEntry("subject", String.format("referral:R-%06d", referral))
                .containsEntry("source_address", "127.0.0.1").containsEntry("actor_role", "CORE_COORDINATOR")
                .hasEntrySatisfying("client", client -> assertThat((String) client).startsWith("Java-http-client/"));
    }

    /**
     * What the browser's script does to show a route: it asks for a UI, then sends the navigation event, in whose
     * request the server builds the view (which reads the referral).
     */
    private static void openInThePage(PortalOverHttp browser, String route) throws Exception {
        HttpResponse<String> init = browser.get("/?v-r=init&location=" + route.replace("/", "%2F") + "&query=");
        Matcher key = SECURITY_KEY.matcher(init.body());
        assertThat(key.find()).as("a UI with its security key").isTrue();
        HttpResponse<String> navigation = browser.postJson("/?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"" + key.group(1)
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}");
        assertThat(navigation.statusCode()).isEqualTo(200);
    }

    private Map<String, Object> newest(String action) {
        return jdbc.queryForMap("select subject, actor_role, source_address, client from audit_entry where action = ?"
                + " order by id desc limit 1", action);
    }
}
