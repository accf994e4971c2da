package jp.renkei.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * When this session's person signed in and last did something themselves (a page load, a click, a key). One
 * object in the HTTP session, shared by all tabs of the session and read by both the request filter that ends
 * sessions and the screens' expiry warning.
 */
public final class SessionTimes implements Serializable {

    static final String ATTRIBUTE = SessionTimes.class.getName();

    private final Instant signedInAt;
    private volatile Instant lastActivity;

    private SessionTimes(Instant signedInAt) {
        this.signedInAt = signedInAt;
        this.lastActivity = signedInAt;
    }

    /**
     * The session's times, started at {@code now} on the first request after signing in. {@code attributes} reads
     * and {@code store} writes the session attribute (an HttpSession's or Vaadin's WrappedSession's).
     */
    public static SessionTimes of(Function<String, Object> attributes, BiConsumer<String, Object> store, Instant now) {
        if (attributes.apply(ATTRIBUTE) instanceof SessionTimes times) {
            return times;
        }
        SessionTimes started = new SessionTimes(now);
        store.accept(ATTRIBUTE, started);
        return started;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    public void touch(Instant now) {
        if (now.isAfter(lastActivity)) {
            lastActivity = now;
        }
    }

    /** The moment the session ends unless the person does something: idle timeout or absolute lifetime. */
    public Instant endsAt(SessionSettings settings) {
        Instant idleEnd = lastActivity.plus(settings.idleTimeout());
        Instant lifetimeEnd = signedInAt.plus(settings.absoluteLifetime());
        return idleEnd.isBefore(lifetimeEnd) ? idleEnd : lifetimeEnd;
    }

    public boolean endedAt(Instant now, SessionSettings settings) {
        return !now.isBefore(endsAt(settings));
    }

    public boolean warningDueAt(Instant now, SessionSettings settings) {
        return !now.isBefore(endsAt(settings).minus(settings.warningBefore())) && !endedAt(now, settings);
    }

    /** Whether doing something now would still keep the session (false once only the absolute lifetime is left). */
    public boolean canBeExtendedAt(Instant now, SessionSettings settings) {
        return Duration.between(now, signedInAt.plus(settings.absoluteLifetime())).compareTo(settings.warningBefore()) > 0;
    }
}
