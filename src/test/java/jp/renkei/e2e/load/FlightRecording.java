package jp.renkei.e2e.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A JDK Flight Recording of the portal during the recorded part of a round only ({@code -Dload.jfr=target/bench/
 * load.jfr}): started and stopped through {@code jcmd}, so the start-up and the warm-up probe stay out of the
 * profile. The file gets the round's number of users before its extension ({@code load-250.jfr}).
 */
public final class FlightRecording {

    private static final String NAME = "load";

    private final long pid;
    private final Path file;

    private FlightRecording(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** A recording named after {@code part} (a round's number of people), or null without {@code -Dload.jfr}. */
    public static FlightRecording of(long pid, String part) {
        String asked = System.getProperty("load.jfr");
        if (asked == null || asked.isBlank()) {
            return null;
        }
        Path path = Path.of(asked).toAbsolutePath();
        String name = path.getFileName().toString().replaceFirst("(\\.jfr)?$", "-" + part + ".jfr");
        return new FlightRecording(pid, path.resolveSibling(name));
    }

    public void start() {
        jcmd("JFR.start", "name=" + NAME, "settings=profile");
    }

    public Path stop() {
        jcmd("JFR.stop", "name=" + NAME, "filename=" + file);
        return file;
    }

    private void jcmd(String... command) {
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        try {
            file.getParent().toFile().mkdirs();
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", line), e);
        }
    }
}
