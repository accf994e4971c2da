package jp.renkei.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session lasts: {@code idle-timeout} without the person doing anything (heartbeats, polling
 * and pushed updates do not count), a warning {@code warning-before} that, and {@code absolute-lifetime} however
 * active they are. Under {@code renkei.session}; defaults 15 minutes, 1 minute, 12 hours.
 */
@ConfigurationProperties("renkei.session")
public record SessionSettings(Duration idleTimeout, Duration warningBefore, Duration absoluteLifetime) {

    public SessionSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(15) : idleTimeout;
        warningBefore = warningBefore == null ? Duration.ofMinutes(1) : warningBefore;
        absoluteLifetime = absoluteLifetime == null ? Duration.ofHours(12) : absoluteLifetime;
    }
}
