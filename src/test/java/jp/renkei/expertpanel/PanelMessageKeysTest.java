package jp.renkei.expertpanel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every "panel.…" key written in the module's code has a text in both languages. MessageBundlesTest finds keys
 * passed straight to getTranslation; this also covers the refusal keys and the keys chosen by a switch.
 */
class PanelMessageKeysTest {

    private static final Path MODULE = Path.of("src", "main", "java", "jp", "renkei", "expertpanel");
    private static final Pattern KEY = Pattern.compile("\"(panel\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"(?!\\s*\\+)");

    @Test
    void everyPanelKeyInTheCodeHasAJapaneseAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MODULE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file, UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(80).contains("panel.meeting.error.composition", "panel.role.G",
                "panel.composition.shortfall.D");
        for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "i18n", bundle), UTF_8)) {
                texts.load(reader);
            }
            assertThat(keys.stream().filter(key -> texts.getProperty(key, "").isBlank()))
                    .as("keys without a text in %s", bundle).isEmpty();
        }
    }
}
