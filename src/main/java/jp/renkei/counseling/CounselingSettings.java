package jp.renkei.counseling;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session lengths, the buffer counselors need between sessions, the slot grid, how far ahead sessions can be
 * booked ({@code days-ahead}, 8 weeks by default so that a Monday after a holiday weekend is reachable) and
 * the reminder lead times; all overridable under {@code renkei.counseling}.
 */
@ConfigurationProperties("renkei.counseling")
public record CounselingSettings(Map<SessionType, Duration> lengths, Duration buffer, Duration step, int daysAhead,
        Duration firstReminder, Duration secondReminder) {

    public CounselingSettings {
        Map<SessionType, Duration> defaults = new EnumMap<>(SessionType.class);
        defaults.put(SessionType.PRE_TEST, Duration.ofMinutes(60));
        defaults.put(SessionType.RESULTS, Duration.ofMinutes(45));
        defaults.put(SessionType.SECONDARY_FINDINGS, Duration.ofMinutes(60));
        defaults.put(SessionType.FAMILY, Duration.ofMinutes(60));
        if (lengths != null) {
            defaults.putAll(lengths);
        }
        lengths = Map.copyOf(defaults);
        buffer = buffer == null ? Duration.ofMinutes(15) : buffer;
        step = step == null ? Duration.ofMinutes(30) : step;
        daysAhead = daysAhead <= 0 ? 56 : daysAhead;
        firstReminder = firstReminder == null ? Duration.ofHours(24) : firstReminder;
        secondReminder = secondReminder == null ? Duration.ofHours(1) : secondReminder;
    }

    public Duration lengthOf(SessionType type) {
        return lengths.get(type);
    }
}
