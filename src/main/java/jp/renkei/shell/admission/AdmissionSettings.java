package jp.renkei.shell.admission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one node works on at once ({@code requests-at-once}, default 8 per core), how many password
 * checks apart from them ({@code password-checks-at-once}, default 1 per core: Argon2id costs tens of CPU-ms and
 * 16 MiB each), and how long a request may wait in line for its turn ({@code max-wait}, default 10 s) before it is
 * told that the portal is busy. Under {@code renkei.admission}; 0 (or nothing) means the default.
 */
@ConfigurationProperties("renkei.admission")
public record AdmissionSettings(int requestsAtOnce, int passwordChecksAtOnce, Duration maxWait) {

    static final int REQUESTS_PER_CORE = 8;

    public AdmissionSettings {
        int cores = Runtime.getRuntime().availableProcessors();
        requestsAtOnce = requestsAtOnce > 0 ? requestsAtOnce : REQUESTS_PER_CORE * cores;
        passwordChecksAtOnce = passwordChecksAtOnce > 0 ? passwordChecksAtOnce : cores;
        maxWait = maxWait == null || maxWait.isZero() || maxWait.isNegative() ? Duration.ofSeconds(10) : maxWait;
    }
}
