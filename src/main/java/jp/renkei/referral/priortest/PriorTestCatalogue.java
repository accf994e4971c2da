package jp.renkei.referral.priortest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.renkei.referral.PriorTestKind;

/**
 * The prior tests a referral offers by name, each with its kind (see the comment lines of {@value #RESOURCE}).
 * Read once per JVM; immutable and shared by every form.
 */
@Component
public class PriorTestCatalogue {

    public static final String RESOURCE = "referral/prior-tests.csv";

    /** One catalogued test; {@code aliases} are normalised fragments a typed name is recognised by. */
    public record CataloguedTest(String name, PriorTestKind kind, List<String> aliases) {
    }

    private static final List<CataloguedTest> BUNDLED = read();

    public List<CataloguedTest> all() {
        return BUNDLED;
    }

    public List<String> names() {
        return BUNDLED.stream().map(CataloguedTest::name).toList();
    }

    /** The catalogued test a typed name refers to: the exact name, or a name containing one of its aliases. */
    public Optional<CataloguedTest> recognise(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = normalise(typed);
        return BUNDLED.stream()
                .filter(test -> normalise(test.name()).equals(text)
                        || test.aliases().stream().anyMatch(text::contains))
                .findFirst();
    }

    /** The kind of a typed test: catalogued, or {@link PriorTestKind#OTHER} when nobody has classified it. */
    public PriorTestKind kindOf(String typed) {
        return recognise(typed).map(CataloguedTest::kind).orElse(PriorTestKind.OTHER);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s・]", "");
    }

    private static List<CataloguedTest> read() {
        InputStream in = PriorTestCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing " + RESOURCE);
        }
        List<CataloguedTest> tests = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected name,kind,aliases in: " + line);
                }
                List<String> aliases = cells[2].isBlank() ? List.of()
                        : List.of(cells[2].split("\\|")).stream().map(PriorTestCatalogue::normalise).toList();
                tests.add(new CataloguedTest(cells[0].strip(), PriorTestKind.valueOf(cells[1].strip()), aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tests);
    }
}
