package jp.renkei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The script, template and SQL payloads of {@code src/test/resources/hostile-payloads.txt}, one a line. */
public final class HostilePayloads {

    private HostilePayloads() {
    }

    public static List<String> all() {
        try {
            return Files.readAllLines(Path.of("src", "test", "resources", "hostile-payloads.txt"), StandardCharsets.UTF_8)
                    .stream().filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
