package jp.renkei.e2e.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Simulated people on virtual threads: they sign in one after the other spread over the ramp-up, each starting
 * their loops once in; when the last sign-in has been answered, the portal is left to settle (the steps queued behind
 * the sign-ins drain), then the steady part starts (recorded), and after it everyone stops at once (interrupted in
 * their think time or request: nothing is recorded any more). The two callbacks of {@link #run} bracket the steady
 * part (the caller reads the portal's CPU time there).
 */
public final class LoadRun {

    private final List<SimulatedUser> users;
    private final Duration rampUp;
    private final Duration settle;
    private final Duration steady;
    private final LoadRecorder recorder;
    private volatile boolean stopping;
    private final AtomicInteger signedIn = new AtomicInteger();
    private final AtomicInteger loops = new AtomicInteger();
    private volatile int signInsPendingAtStart;

    public LoadRun(List<String> usernames, Function<String, SimulatedUser> user, Duration rampUp, Duration settle,
            Duration steady, LoadRecorder recorder) {
        this.users = usernames.stream().map(user).toList();
        this.rampUp = rampUp;
        this.settle = settle;
        this.steady = steady;
        this.recorder = recorder;
    }

    /** Runs everything; {@code onSteadyStart} / {@code onSteadyEnd} run at the edges of the recorded part. */
    public void run(Runnable onSteadyStart, Runnable onSteadyEnd) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long gap = rampUp.toNanos() / Math.max(1, users.size());
        long started = System.nanoTime();
        for (int i = 0; i < users.size(); i++) {
            long due = started + i * gap;
            SimulatedUser user = users.get(i);
            threads.add(Thread.ofVirtual().name("load-user-" + i).start(() -> live(user, due)));
        }
        Thread.sleep(Math.max(0, (started + rampUp.toNanos() - System.nanoTime()) / 1_000_000));
        while (signedIn.get() < users.size() && System.nanoTime() - started < rampUp.toNanos() * 3) {
            Thread.sleep(200); // the sign-ins lag behind the ramp on a busy core: wait for them
        }
        Thread.sleep(settle.toMillis());
        signInsPendingAtStart = users.size() - signedIn.get();
        onSteadyStart.run();
        recorder.recording(true);
        Thread.sleep(steady.toMillis());
        recorder.recording(false);
        onSteadyEnd.run();
        stopping = true;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30));
        }
    }

    private void live(SimulatedUser user, long dueNanos) {
        try {
            Thread.sleep(Math.max(0, (dueNanos - System.nanoTime()) / 1_000_000));
            boolean in = user.signIn();
            signedIn.incrementAndGet();
            while (in && !stopping) {
                user.loop();
                loops.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** HTTP requests of all simulated people so far. */
    public static long httpRequests() {
        return PortalHttp.REQUESTS.get();
    }

    public int signedIn() {
        return signedIn.get();
    }

    /** Sign-ins still unanswered when the recorded part began (0 unless the ramp was far too short for the core). */
    public int signInsPendingAtStart() {
        return signInsPendingAtStart;
    }

    public int loops() {
        return loops.get();
    }
}
