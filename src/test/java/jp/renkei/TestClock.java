package jp.renkei;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jp.renkei.shared.JapanTime;

/**
 * The application's clock in integration tests: it ticks like a real clock, from a moment the test chooses,
 * so a test means the same at 00:30 and at 23:30. {@link #reset()} returns to {@link #DEFAULT_START}, the
 * moment the shared test context (and its demo data) started at.
 */
public final class TestClock extends Clock {

    /** A Tuesday morning in Tokyo: an ordinary working day, a week before the year-end closure. */
    public static final Instant DEFAULT_START = LocalDateTime.parse("2026-12-01T10:00").atZone(JapanTime.ZONE).toInstant();

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset;

    public TestClock() {
        reset();
    }

    /** From now on the clock reads {@code moment}, and ticks on from there. */
    public void set(Instant moment) {
        offset = Duration.between(system.instant(), moment);
    }

    /** The clock reads this Tokyo wall-clock time, e.g. {@code "2026-12-03T23:30"}. */
    public void setTokyo(String localDateTime) {
        set(LocalDateTime.parse(localDateTime).atZone(JapanTime.ZONE).toInstant());
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        set(DEFAULT_START);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
