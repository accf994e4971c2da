package jp.renkei.infrastructure.operations;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's cookie jar against a running portal: plain GETs and the sign-in form with its CSRF token. Public for
 * the fault tests, which sign in to a portal process.
 */
public final class PortalOverHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final UnaryOperator<String> authenticatorCode;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public PortalOverHttp(String baseUrl, UnaryOperator<String> authenticatorCode) {
        this.baseUrl = baseUrl;
        this.authenticatorCode = authenticatorCode;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST as the page's script sends it (Vaadin's UIDL requests), JSON in and out. */
    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public PortalOverHttp signIn(String username, String password) throws Exception {
        return password(username, password).secondFactor(username);
    }

    /** The password step alone: the session then waits for the second factor. */
    public PortalOverHttp password(String username, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (post.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return this;
    }

    /** The authenticator-app step every account passes after its password. */
    public PortalOverHttp secondFactor(String username) throws Exception {
        Matcher token = CSRF.matcher(get("/second-factor").body());
        if (!token.find()) {
            throw new IllegalStateException("The second-factor page carries no CSRF token");
        }
        String form = "code=" + encode(authenticatorCode.apply(username)) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/second-factor"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (post.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not pass the second factor");
        }
        return this;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
