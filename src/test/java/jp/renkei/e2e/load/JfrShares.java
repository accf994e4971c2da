package jp.renkei.e2e.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording of {@code LoadBenchmark} ({@code -Dload.jfr}): the share of CPU samples whose stack holds
 * each given piece of a method name (class or method, e.g. {@code CounselingView.<init>} or
 * {@code org.hibernate.query.sqm}), the most frequent top frames, and the collector's pauses. Samples are taken of
 * running Java threads only, so a share is of the Java work; the collector's own threads show in the pauses.
 *
 * <pre>
 * java src/test/java/jp/renkei/e2e/load/JfrShares.java target/bench/load-1000.jfr HospitalDirectory CounselingView.&lt;init&gt;
 * </pre>
 */
public final class JfrShares {

    private JfrShares() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrShares <recording.jfr> [piece of a method name]...");
            System.exit(2);
        }
        List<String> pieces = Arrays.asList(args).subList(1, args.length);
        Map<String, Integer> containing = new LinkedHashMap<>();
        pieces.forEach(piece -> containing.put(piece, 0));
        Map<String, Integer> topFrames = new HashMap<>();
        int samples = 0;
        int collections = 0;
        Duration paused = Duration.ZERO;
        Map<String, Duration> pausedByCollector = new LinkedHashMap<>();
        Instant first = null;
        Instant last = null;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
            last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    if (event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<String> stack = new ArrayList<>();
                    event.getStackTrace().getFrames().forEach(frame -> stack.add(name(frame)));
                    topFrames.merge(stack.get(0), 1, Integer::sum);
                    Set<String> found = new HashSet<>();
                    for (String frame : stack) {
                        pieces.stream().filter(frame::contains).filter(found::add)
                                .forEach(piece -> containing.merge(piece, 1, Integer::sum));
                    }
                }
                case "jdk.GarbageCollection" -> {
                    collections++;
                    paused = paused.plus(event.getDuration("sumOfPauses"));
                    pausedByCollector.merge(event.getString("name"), event.getDuration("sumOfPauses"), Duration::plus);
                }
                default -> {
                    // other events are not read
                }
            }
        }
        System.out.printf("%d CPU samples in %d s; %d collections, paused %d ms in all %s%n", samples,
                first == null ? 0 : Duration.between(first, last).toSeconds(), collections, paused.toMillis(),
                pausedByCollector.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
                        .toList());
        int all = Math.max(1, samples);
        containing.forEach((piece, count) -> System.out.printf("%6.1f %%  %6d  %s%n", 100.0 * count / all, count,
                piece));
        System.out.println("top frames:");
        topFrames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(e -> System.out.printf("%6.1f %%  %6d  %s%n", 100.0 * e.getValue() / all, e.getValue(),
                        e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
