package jp.renkei.shell.admission;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control of this node: at most {@code renkei.admission.requests-at-once} requests are worked on at
 * once and the rest wait in line, so that an overload turns into waiting instead of requests that all slow down
 * together until the database pool times out and Vaadin resynchronises (performance.md "Load", run 6). Password
 * checks (the sign-in form's POST, Argon2id) have a lane of their own, so a wave of sign-ins cannot take every
 * place from people already at work. A request that found no place within {@code max-wait} is answered "busy"
 * ({@link BusyAnswer}) before anything of it ran. Health probes, Vaadin's push connection (long-lived) and file
 * uploads (bound by the sender's line, not the CPU) pass without a place. Runs first after the security headers,
 * before the session or Spring Security are touched.
 */
@Component
// After the security headers (first) and the request metric (+1), so a busy answer has both
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AdmissionControl extends OncePerRequestFilter {

    /** The sign-in form's target (identity's LoginView; Spring Security's form login checks the password there). */
    static final String PASSWORD_CHECK = "/login";

    private final AdmissionLane requests;
    private final AdmissionLane passwordChecks;
    private final Duration maxWait;
    private final BusyAnswer busy;
    private final Counter refused;

    AdmissionControl(AdmissionSettings settings, BusyAnswer busy, MeterRegistry meters) {
        this.requests = new AdmissionLane("requests", settings.requestsAtOnce());
        this.passwordChecks = new AdmissionLane("password-checks", settings.passwordChecksAtOnce());
        this.maxWait = settings.maxWait();
        this.busy = busy;
        this.refused = Counter.builder("renkei.admission.refused")
                .description("Requests answered busy after waiting renkei.admission.max-wait").register(meters);
        for (AdmissionLane lane : new AdmissionLane[] { requests, passwordChecks }) {
            Gauge.builder("renkei.admission.running", lane, AdmissionLane::running).tag("lane", lane.name())
                    .register(meters);
            Gauge.builder("renkei.admission.waiting", lane, AdmissionLane::waiting).tag("lane", lane.name())
                    .register(meters);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                || path.startsWith("/VAADIN/push") || isUpload(request);
    }

    /**
     * A file upload (Vaadin's {@code v-r=upload} request) mostly waits for the sender's bytes: over a slow hospital
     * line it may take minutes with almost no CPU, and a few of them would otherwise hold every place of the node.
     */
    private static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && VaadinRequestType.of(request).filter("upload"::equals).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AdmissionLane lane = laneOf(request);
        boolean admitted;
        try {
            admitted = lane.enter(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refused.increment();
            busy.write(request, response, maxWait);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lane.leave();
        }
    }

    private AdmissionLane laneOf(HttpServletRequest request) {
        boolean passwordCheck = "POST".equals(request.getMethod())
                && PASSWORD_CHECK.equals(request.getRequestURI().substring(request.getContextPath().length()));
        return passwordCheck ? passwordChecks : requests;
    }
}
