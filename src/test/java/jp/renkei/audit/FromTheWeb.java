package jp.renkei.audit;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs service calls as inside one HTTP request from a browser, as Spring's RequestContextFilter binds it for the
 * portal's pages: what the audit trail reads an entry's source address and client from.
 */
final class FromTheWeb {

    static final String ADDRESS = "127.0.0.1";
    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/142.0.0.0 Safari/537.36";

    private FromTheWeb() {
    }

    static void request(Runnable calls) {
        request(ADDRESS, BROWSER, calls);
    }

    static void request(String address, String userAgent, Runnable calls) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/");
        request.setRemoteAddr(address);
        request.addHeader("User-Agent", userAgent);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            calls.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
