package jp.renkei.shell.admission;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number of places for requests to run at once; the others wait in line, first come first served (a fair
 * semaphore), for at most the longest wait. Waiting parks the request's virtual thread and holds nothing else: no
 * session, no database connection.
 */
final class AdmissionLane {

    private final String name;
    private final int places;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();

    AdmissionLane(String name, int places) {
        this.name = name;
        this.places = places;
        this.permits = new Semaphore(places, true);
    }

    /** True once the request has its place (to be given back by {@link #leave()}); false if none came in time. */
    boolean enter(Duration maxWait) throws InterruptedException {
        waiting.incrementAndGet();
        try {
            return permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void leave() {
        permits.release();
    }

    String name() {
        return name;
    }

    int running() {
        return places - permits.availablePermits();
    }

    int waiting() {
        return waiting.get();
    }
}
