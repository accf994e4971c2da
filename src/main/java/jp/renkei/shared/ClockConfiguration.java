package jp.renkei.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so tests can pin time. {@code renkei.clock.start} (an ISO offset
 * date-time, e.g. {@code 2026-12-01T23:30+09:00}) starts a ticking clock at that moment: the portal then
 * runs as if it were that day and hour, which is how a demo or a browser test is shown a chosen time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${renkei.clock.start:}") String start) {
        Clock system = Clock.systemUTC();
        if (start == null || start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), OffsetDateTime.parse(start).toInstant()));
    }
}
