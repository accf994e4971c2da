package jp.renkei.e2e.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Latencies, errors and booking outcomes per step of the simulated people; a step counts only while recording is on
 * (the steady part of a run, after everybody signed in), except the sign-in, recorded during the ramp-up.
 */
public final class LoadRecorder {

    /** The steps in the order a person takes them. */
    public static final List<String> STEPS = List.of("sign-in", "list", "filter", "scroll", "open", "counseling",
            "book", "week");

    private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private volatile boolean recording;
    /** The portal's CPU time, read around each step: meaningful only with one person at a time (a probe). */
    private final LongSupplier portalCpu;
    private final Map<String, AtomicLong> cpuMillis = new ConcurrentHashMap<>();
    /** The portal's CPU time per request of a step (the sign-in's four), in the order first seen. */
    private final Map<String, AtomicLong> requestCpuMillis = Collections.synchronizedMap(new LinkedHashMap<>());

    public LoadRecorder() {
        this(() -> 0);
    }

    public LoadRecorder(LongSupplier portalCpu) {
        this.portalCpu = portalCpu;
    }

    long portalCpuMillis() {
        return portalCpu.getAsLong();
    }

    public void recording(boolean on) {
        recording = on;
    }

    private boolean counts(String step) {
        return recording || step.equals("sign-in");
    }

    void took(String step, long nanos, long portalCpuMillis) {
        if (counts(step)) {
            millis.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(nanos / 1e6);
            cpuMillis.computeIfAbsent(step, s -> new AtomicLong()).addAndGet(portalCpuMillis);
        }
    }

    /** The portal's CPU time per step taken, in ms (a probe's figure: one person, nothing else running). */
    public double cpuMillisPerStep(String step) {
        return (double) cpuMillis.getOrDefault(step, new AtomicLong()).get() / Math.max(1, count(step));
    }

    void tookRequest(String request, long portalCpuMillis) {
        requestCpuMillis.computeIfAbsent(request, r -> new AtomicLong()).addAndGet(portalCpuMillis);
    }

    /** Each request's portal CPU per {@code step} taken, in ms (a probe's figure, like the step's own). */
    public String cpuMillisPerRequest(String step) {
        synchronized (requestCpuMillis) {
            return requestCpuMillis.entrySet().stream().map(e -> "%s %.0f".formatted(e.getKey(),
                    (double) e.getValue().get() / Math.max(1, count(step)))).collect(Collectors.joining(", "));
        }
    }

    void failed(String step, Exception error) {
        if (counts(step)) {
            errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
            firstError.putIfAbsent(step, String.valueOf(error));
        }
    }

    void outcome(String what) {
        if (recording) {
            outcomes.computeIfAbsent(what, s -> new AtomicLong()).incrementAndGet();
        }
    }

    public int count(String step) {
        return millis.getOrDefault(step, List.of()).size();
    }

    public long errors(String step) {
        return errors.getOrDefault(step, new AtomicLong()).get();
    }

    public long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The {@code p}-th percentile (0..100) of a step's latencies in ms, nearest rank. */
    public double percentile(String step, double p) {
        List<Double> sorted;
        synchronized (millis.getOrDefault(step, List.of())) {
            sorted = new ArrayList<>(millis.getOrDefault(step, List.of()));
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    public Map<String, Long> outcomes() {
        Map<String, Long> all = new TreeMap<>();
        outcomes.forEach((k, v) -> all.put(k, v.get()));
        return all;
    }

    public Map<String, String> firstErrors() {
        return new TreeMap<>(firstError);
    }
}
