package jp.renkei.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {

    @Test
    void pagesAndServerRoundTripsCarryThePolicyAndAreNeverStored() throws Exception {
        for (String path : new String[] { "/login", "/referrals/15", "/" }) {
            MockHttpServletResponse response = filtered(new SecurityHeaders(false), path);

            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(response.getHeader("Strict-Transport-Security")).as("HSTS outside production").isNull();
        }
    }

    @Test
    void vaadinCannotWeakenNoStoreOnItsServerRoundTrips() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders(false).doFilter(request, response, (req, res) ->
                ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Cache-Control", "no-cache"));

        assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void vaadinsHashedBundleMayBeCachedButKeepsThePolicy() throws Exception {
        MockHttpServletResponse response = filtered(new SecurityHeaders(false), "/VAADIN/build/indexhtml-abc123.js");

        assertThat(response.getHeader("Cache-Control")).isNull();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theProductionProfileAddsHsts() throws Exception {
        assertThat(filtered(new SecurityHeaders(true), "/login").getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void theProductionProfileTurnsHstsOn() throws Exception {
        var prod = new org.springframework.boot.env.YamlPropertySourceLoader().load("prod",
                new org.springframework.core.io.FileSystemResource("config/application-prod.yml"));

        assertThat(prod).singleElement()
                .satisfies(source -> assertThat(source.getProperty("renkei.security.hsts")).isEqualTo(true));
    }

    private static MockHttpServletResponse filtered(SecurityHeaders filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
