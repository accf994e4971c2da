package jp.renkei.ccat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.renkei.ccat.billing.BillingEvaluator;
import jp.renkei.ccat.billing.BillingItem;
import jp.renkei.ccat.billing.BillingRules;
import jp.renkei.ccat.billing.BillingStatus;
import jp.renkei.ccat.billing.BillingVerdict;
import jp.renkei.ccat.billing.TestFacts;
import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.consent.ConsentDecision;
import jp.renkei.ccat.consent.ConsentScope;
import jp.renkei.ccat.milestone.MilestoneStatus;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * Every text the module can ask for is in both bundles, and the bundles hold no {@code ccat.} key the module does not
 * use. The domain's keys are literals in enums and the evaluator, which the general bundle test's source scan does not
 * see; the rest are the {@code "ccat.…"} literals in the module's sources (refusals, the screens).
 */
class CcatMessageKeysTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    private static final Path MODULE_SOURCES = Path.of("src", "main", "java", "jp", "renkei", "ccat");
    // a whole key, not a prefix a key is built from at runtime (those end in a dot)
    private static final Pattern CCAT_KEY_LITERAL = Pattern.compile("\"(ccat\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyDeclaredKeyIsInBothBundlesAndNoOtherCcatKeyIs() throws IOException {
        Set<String> declared = new TreeSet<>(BillingEvaluator.messageKeys());
        keys(BillingItem.values(), BillingItem::messageKey).forEach(declared::add);
        keys(BillingStatus.values(), BillingStatus::messageKey).forEach(declared::add);
        keys(ConsentScope.values(), ConsentScope::messageKey).forEach(declared::add);
        keys(ConsentDecision.values(), ConsentDecision::messageKey).forEach(declared::add);
        keys(SampleType.values(), SampleType::messageKey).forEach(declared::add);
        keys(MilestoneStep.values(), MilestoneStep::messageKey).forEach(declared::add);
        keys(MilestoneStatus.values(), MilestoneStatus::messageKey).forEach(declared::add);
        keys(TestPurpose.values(), TestPurpose::messageKey).forEach(declared::add);
        keys(TestCoverage.values(), TestCoverage::messageKey).forEach(declared::add);
        declared.addAll(literalKeysInTheModule());

        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> inBundle = new TreeSet<>(bundle(file).stringPropertyNames());
            inBundle.removeIf(key -> !key.startsWith("ccat."));
            assertThat(inBundle).as("ccat keys in %s", file).isEqualTo(declared);
        }
    }

    @Test
    void theReducedProfilingFeeReadsWithItsPointsInJapanese() throws IOException {
        BillingEvaluator evaluator = new BillingEvaluator(BillingRules.bundled(), BusinessCalendar.japaneseHospitals(), 10);
        LocalDate panel = LocalDate.of(2026, 11, 10);
        TestFacts facts = TestFacts.companionDiagnosticFirst(20_000).withSpecimenSubmittedOn(panel.minusDays(30))
                .withPanelHeldOn(panel).withExplainedInWritingOn(panel.plusDays(7)).withCcatSubmittedOn(panel.plusDays(8));

        BillingVerdict verdict = evaluator.evaluate(facts, LocalDate.of(2026, 12, 1)).get(0);
        String text = new MessageFormat(bundle("messages.properties").getProperty(verdict.messageKey()), Locale.JAPAN)
                .format(verdict.messageArguments().toArray());

        assertThat(text).isEqualTo("コンパニオン診断として算定済みの 20,000 点を控除し、44,000 点のうち 24,000 点を B011-5 と併せて算定します。");
    }

    private static Set<String> literalKeysInTheModule() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MODULE_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = CCAT_KEY_LITERAL.matcher(Files.readString(file, UTF_8));
                while (literal.find()) {
                    keys.add(literal.group(1));
                }
            }
        }
        return keys;
    }

    private static <E> Stream<String> keys(E[] values, Function<E, String> key) {
        return Stream.of(values).map(key);
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
