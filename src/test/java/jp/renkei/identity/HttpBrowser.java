package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser (one cookie jar) against the test server: pages, the sign-in forms with their CSRF token, and the
 * JSON posts a page's script makes with the token in the {@code X-CSRF-TOKEN} header.
 */
final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpBrowser(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token a page of {@code path} carries in its meta tags, as a page's script would read it. */
    String csrfTokenOf(String path) throws Exception {
        String page = get(path).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("%s carries a CSRF token", path).isTrue();
        return token.group(1);
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A script's POST of {@code json}, with the CSRF header unless {@code csrf} is null. */
    HttpResponse<String> postJson(String path, String json, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path, String csrf) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("X-CSRF-TOKEN", csrf).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The password step through the login form. */
    void password(String username, String password) throws Exception {
        postForm("/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrfTokenOf("/login")));
    }

    /** The code step through the second-factor form. */
    void code(String code) throws Exception {
        postForm("/second-factor", "code=" + encode(code) + "&_csrf=" + encode(csrfTokenOf("/second-factor")));
    }

    /** Signed out, the start page redirects to the login form (or the second step); signed in, it is the portal. */
    boolean signedIn() throws Exception {
        return get("/").statusCode() == 200;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
