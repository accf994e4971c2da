package jp.renkei.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The portal's readiness probe, as the load balancer asks it. */
final class Readiness {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /**
     * When the probe of the portal on {@code port} first answered {@code status} (System.nanoTime), or -1 if not
     * within {@code limit}.
     */
    static long await(int port, int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == status) {
                    return System.nanoTime();
                }
            } catch (java.io.IOException e) {
                // the probe itself timed out: neither answer yet
            }
            Thread.sleep(100);
        }
        return -1;
    }
}
