package jp.renkei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One markdown table per benchmark in {@code target/bench/<name>.md}, headed by the conditions it ran under (real
 * date, host, cores, JDK, scale), printed as well: copied by hand into {@code src/docs/performance.md}. The smokes of
 * the default build write to {@code -Dbench.dir} ({@code target/bench-smoke}), so they never replace real figures.
 */
public final class BenchmarkReport {

    private static final Path DIRECTORY = Path.of(System.getProperty("bench.dir", "target/bench"));

    /** Title, blank, conditions, blank, column names, separator. */
    private static final int HEADER_LINES = 6;

    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A file next to the tables, for what a benchmark produced (its PDFs). */
    public static Path file(String name) {
        return DIRECTORY.resolve(name);
    }

    public BenchmarkReport(String name, String title, String... columns) {
        this.name = name;
        // the wall clock on purpose: a benchmark records when it really ran, not the application's clock
        lines.add("### " + title);
        lines.add("");
        lines.add("Run " + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()) + " on "
                + hostName() + " (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "), JDK "
                + System.getProperty("java.vm.version") + ", -Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20)
                + "m, national.scale " + NationalLoad.SCALE);
        lines.add("");
        lines.add("| " + String.join(" | ", columns) + " |");
        lines.add("|" + "---|".repeat(columns.length));
    }

    public BenchmarkReport row(Object... cells) {
        List<String> text = new ArrayList<>();
        for (Object cell : cells) {
            text.add(String.valueOf(cell));
        }
        lines.add("| " + String.join(" | ", text) + " |");
        return this;
    }

    /** A block below the table (query plans). */
    public BenchmarkReport note(String heading, String preformatted) {
        notes.add("");
        notes.add(heading);
        notes.add("");
        notes.add("```");
        notes.add(preformatted);
        notes.add("```");
        return this;
    }

    /** Writes the table and returns its rows (the header and separator lines not counted). */
    public List<String> write() {
        List<String> all = new ArrayList<>(lines);
        all.addAll(notes);
        String text = String.join("\n", all) + "\n";
        System.out.println("\n" + text);
        try {
            Path file = file(name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.subList(HEADER_LINES, lines.size());
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }
}
