package jp.renkei.shell.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The admission control of the running server, over real HTTP: the requests worked on at once never exceed the
 * cap and the rest wait their turn; one that waited longer than {@code max-wait} is answered busy without having
 * run; sign-in password checks queue in their own lane; health probes pass a full line. Concurrency is counted
 * inside the server, right behind the admission control ({@link ConcurrencyProbe}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renkei.admission.requests-at-once=" + AdmissionControlIT.CAP, "renkei.admission.password-checks-at-once=1",
        "renkei.admission.max-wait=5s" })
@Import(AdmissionControlIT.Probe.class)
@ActiveProfiles({ "demo", "it" })
class AdmissionControlIT {

    static final int CAP = 3;

    @LocalServerPort
    int port;
    @Autowired
    ConcurrencyProbe probe;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {
        @Bean
        ConcurrencyProbe concurrencyProbe() {
            return new ConcurrencyProbe();
        }
    }

    @BeforeEach
    @AfterEach
    void freeTheProbe() {
        probe.release();
        probe.reset();
    }

    @Test
    void moreRequestsThanTheCapAllRunInTurnWithinTheWaitAndNeverMoreThanTheCapAtOnce() throws Exception {
        int requests = 4 * CAP;

        List<HttpResponse<String>> answers = IntStream.range(0, requests)
                .mapToObj(i -> client.sendAsync(probeRequest("/admission-probe", "brief")
                        .header("X-Probe-Together", String.valueOf(CAP)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(probe.entered()).isEqualTo(requests);
        assertThat(probe.most()).isEqualTo(CAP);
    }

    @Test
    void aRequestThatWaitedTooLongIsAnsweredBusyInThePersonsLanguageAndNeverRan() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> holding = holdEveryPlace();

        HttpResponse<String> page = client.send(probeRequest("/referrals", "hold").header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> click = client.send(probeRequest("/?v-r=uidl&v-uiId=0", "hold")
                .header("Cookie", "renkei-lang=en").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(url("/actuator/health/liveness")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.body()).contains("ただいま混み合っています", "何も変更されていません", "href=\"/referrals\"");
        assertThat(click.statusCode()).isEqualTo(503);
        assertThat(click.body()).isEqualTo("Too many requests are being handled at the moment, so this one was not "
                + "accepted. Nothing was changed. Please wait a moment and try again.");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(probe.entered()).isEqualTo(CAP);

        probe.release();
        assertThat(holding.stream().map(CompletableFuture::join)).extracting(HttpResponse::statusCode)
                .containsOnly(200);
    }

    @Test
    void aFileUploadPassesAFullLine() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> holding = holdEveryPlace();

        HttpResponse<String> upload = client.send(probeRequest("/?v-r=upload&v-uiId=0", "brief")
                .header("X-Probe-Together", "1").POST(HttpRequest.BodyPublishers.ofString("file")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(probe.entered()).isEqualTo(CAP + 1);
        probe.release();
        assertThat(holding.stream().map(CompletableFuture::join)).extracting(HttpResponse::statusCode)
                .containsOnly(200);
    }

    @Test
    void passwordChecksWaitInTheirOwnLaneWithoutHoldingBackOtherRequests() throws Exception {
        CompletableFuture<HttpResponse<String>> checking = client.sendAsync(probeRequest("/login", "hold")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        waitUntil(probe::inside, 1);

        HttpResponse<String> secondCheck = client.send(probeRequest("/login", "hold").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> click = client.send(probeRequest("/admission-probe", "brief")
                .header("X-Probe-Together", "1").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(secondCheck.statusCode()).isEqualTo(503);
        assertThat(secondCheck.body()).contains("href=\"/login\"");
        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(probe.entered()).isEqualTo(2); // the first check and the click; the second check never ran
        probe.release();
        assertThat(checking.join().statusCode()).isEqualTo(200);
    }

    /** As many requests as the cap, kept inside until {@link ConcurrencyProbe#release()}. */
    private List<CompletableFuture<HttpResponse<String>>> holdEveryPlace() throws InterruptedException {
        List<CompletableFuture<HttpResponse<String>>> holding = IntStream.range(0, CAP)
                .mapToObj(i -> client.sendAsync(probeRequest("/admission-probe", "hold").GET().build(),
                        HttpResponse.BodyHandlers.ofString())).toList();
        waitUntil(probe::inside, CAP);
        return holding;
    }

    private static void waitUntil(IntSupplier count, int expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count.getAsInt() != expected && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }

    private HttpRequest.Builder probeRequest(String path, String mode) {
        return HttpRequest.newBuilder(url(path)).header(ConcurrencyProbe.HEADER, mode)
                .timeout(Duration.ofSeconds(60));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
