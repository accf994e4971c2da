package jp.renkei.shared.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.renkei.shared.HospitalTier;
import jp.renkei.shared.Role;

/**
 * The Japanese bundle (default) and the English one stay in step, and every text the code asks for exists in
 * both. Reads the files in {@code src/main/resources/i18n/} and scans {@code src/main/java} with regexes.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    private static final Path SOURCES = Path.of("src", "main", "java");

    /** Runtime key prefixes ("role." + role.name()) and the test that checks every key they can produce. */
    private static final Set<String> PREFIXES_CHECKED_BY_ENUMERATION =
            Set.of("role.", "tier.", "home.guide.", "prefecture.", "audit.action.");

    /** English texts that may contain Japanese on purpose. */
    private static final Set<String> BILINGUAL_ENGLISH_KEYS = Set.of(
            // the language menu is labelled in both languages so that either reader finds it
            "shell.language");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern GET_TRANSLATION = Pattern.compile("\\bgetTranslation\\s*\\(");
    private static final Pattern NEW_HOME_FIGURE = Pattern.compile("\\bnew\\s+HomeFigure\\s*\\(");
    private static final Pattern NEW_KEYED_EXCEPTION =
            Pattern.compile("\\bnew\\s+(?:StaffAdministrationException|NetworkAdministrationException)\\s*\\(");
    private static final Pattern MENU_ANNOTATION = Pattern.compile("@Menu\\s*\\(");
    private static final Pattern MENU_TITLE = Pattern.compile("^title\\s*=");
    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"\\{([^\"{}]+)}\"");
    /** NetworkRoster's {@code text(locale, key, params...)}, the roster PDF's texts; matches up to the key. */
    private static final Pattern ROSTER_TEXT = Pattern.compile("\\btext\\s*\\(\\s*locale\\s*,");
    private static final Pattern AUDIT_CALL =
            Pattern.compile("\\b(?:AuditEvent\\s*\\.\\s*(?:byUser|system)|audit)\\s*\\(");
    private static final Pattern AUDIT_ACTION = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}");

    private static Properties japanese;
    private static Properties english;
    private static Map<Path, String> sources;

    @BeforeAll
    static void load() throws IOException {
        japanese = bundle("messages.properties");
        english = bundle("messages_en.properties");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = new TreeMap<>(files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(p -> p, MessageBundlesTest::readWithoutComments)));
        }
        assertThat(japanese).as("Japanese bundle").isNotEmpty();
        assertThat(english).as("English bundle").isNotEmpty();
        assertThat(sources).as("main sources").isNotEmpty();
    }

    @Test
    void japaneseAndEnglishBundlesDefineTheSameKeys() {
        Set<String> onlyJapanese = difference(japanese.stringPropertyNames(), english.stringPropertyNames());
        Set<String> onlyEnglish = difference(english.stringPropertyNames(), japanese.stringPropertyNames());

        assertThat(onlyJapanese.isEmpty() && onlyEnglish.isEmpty())
                .as("keys only in messages.properties: %s%nkeys only in messages_en.properties: %s",
                        onlyJapanese, onlyEnglish)
                .isTrue();
    }

    @Test
    void noBundleDeclaresAKeyTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = Files.readAllLines(BUNDLES.resolve(file), UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                    .map(line -> line.split("\\s*[=:]", 2)[0])
                    .toList();
            Set<String> duplicates = keys.stream()
                    .filter(key -> keys.indexOf(key) != keys.lastIndexOf(key))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(duplicates).as("keys declared twice in %s (the later one silently wins)", file).isEmpty();
        }
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExistsInBothBundles() {
        SortedMap<String, Set<String>> used = new TreeMap<>();
        Map<String, Integer> foundPerKind = new TreeMap<>();
        sources.forEach((file, code) -> {
            String where = SOURCES.relativize(file).toString();
            collect(used, foundPerKind, "getTranslation", where, argumentLiterals(code, GET_TRANSLATION, 0));
            collect(used, foundPerKind, "new HomeFigure", where, argumentLiterals(code, NEW_HOME_FIGURE, 0));
            collect(used, foundPerKind, "new ...AdministrationException", where,
                    argumentLiterals(code, NEW_KEYED_EXCEPTION, 0));
            collect(used, foundPerKind, "@Menu(title)", where, menuTitles(code));
            collect(used, foundPerKind, "validation message", where, matches(code, VALIDATION_MESSAGE).stream()
                    .filter(key -> !key.startsWith("jakarta.") && !key.startsWith("org.hibernate."))
                    .toList());
            collect(used, foundPerKind, "roster text", where, argumentLiterals(code, ROSTER_TEXT, 0));
        });

        // Guards against a regex that silently stopped matching: each kind of usage exists in the code today.
        assertThat(foundPerKind.keySet()).as("kinds of key usage found in %s", SOURCES).containsExactlyInAnyOrder(
                "getTranslation", "new HomeFigure", "new ...AdministrationException", "@Menu(title)",
                "validation message", "roster text");
        assertThat(used).as("literal keys found").hasSizeGreaterThan(50);

        assertThat(missing(used, japanese)).as("keys used in the code but missing in messages.properties").isEmpty();
        assertThat(missing(used, english)).as("keys used in the code but missing in messages_en.properties").isEmpty();
    }

    @Test
    void everyKeyPrefixUsedAtRuntimeIsCheckedByEnumeration() {
        SortedMap<String, Set<String>> prefixes = new TreeMap<>();
        sources.forEach((file, code) -> {
            List<String> literals = new ArrayList<>();
            literals.addAll(argumentLiterals(code, GET_TRANSLATION, 0, true));
            literals.addAll(argumentLiterals(code, ROSTER_TEXT, 0, true));
            literals.stream().filter(MessageBundlesTest::isPrefix).forEach(prefix -> prefixes
                    .computeIfAbsent(prefix, k -> new TreeSet<>()).add(SOURCES.relativize(file).toString()));
        });

        assertThat(prefixes).as("runtime key prefixes").isNotEmpty();
        assertThat(prefixes.keySet())
                .as("prefixes concatenated at runtime (%s); each needs a test that enumerates its keys", prefixes)
                .isSubsetOf(PREFIXES_CHECKED_BY_ENUMERATION);
    }

    @Test
    void everyRoleTierAndPrefectureHasItsTextInBothBundles() {
        List<String> expected = new ArrayList<>();
        for (Role role : Role.values()) {
            expected.add("role." + role.name());
            expected.add("home.guide." + role.name());
        }
        for (HospitalTier tier : HospitalTier.values()) {
            expected.add("tier." + tier.name());
        }
        IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("prefecture.%02d", i)).forEach(expected::add);

        assertThat(expected).as("missing in messages.properties")
                .allSatisfy(key -> assertThat(japanese.getProperty(key)).as(key).isNotBlank());
        assertThat(expected).as("missing in messages_en.properties")
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        assertThat(japanese.getProperty("prefecture.13")).isEqualTo("東京都");
        assertThat(english.getProperty("prefecture.13")).isEqualTo("Tokyo");
    }

    @Test
    void everyAuditActionTheCodeRecordsHasItsTextInBothBundles() {
        SortedMap<String, Set<String>> actions = new TreeMap<>();
        sources.forEach((file, code) -> {
            for (String argument : arguments(code, AUDIT_CALL)) {
                for (String literal : literals(argument)) {
                    if (AUDIT_ACTION.matcher(literal).matches()) {
                        actions.computeIfAbsent("audit.action." + literal, k -> new TreeSet<>())
                                .add(SOURCES.relativize(file).toString());
                    }
                }
            }
        });

        assertThat(actions).as("audit actions found").containsKeys("audit.action.SIGNED_IN",
                "audit.action.HOSPITAL_SCOPE_ENTERED", "audit.action.STAFF_ADDED", "audit.action.HOSPITAL_REGISTERED");
        assertThat(missing(actions, japanese)).as("audit actions without a text in messages.properties").isEmpty();
        assertThat(missing(actions, english)).as("audit actions without a text in messages_en.properties").isEmpty();
    }

    @Test
    void japaneseTextsAreWrittenInJapanese() {
        for (String key : List.of("app.name", "app.network", "login.title", "nav.home", "role.LIAISON_CLINICIAN",
                "role.NETWORK_ADMIN", "tier.CORE", "home.guide.title", "error.unexpected", "prefecture.01")) {
            assertThat(japanese.getProperty(key)).as("Japanese text of %s", key)
                    .isNotBlank()
                    .matches(MessageBundlesTest::containsJapanese, "contains Japanese characters");
        }
    }

    @Test
    void englishTextsContainNoJapanese() {
        SortedMap<String, String> japaneseInEnglish = new TreeMap<>();
        english.stringPropertyNames().stream()
                .filter(key -> !BILINGUAL_ENGLISH_KEYS.contains(key))
                .filter(key -> containsJapanese(english.getProperty(key)))
                .forEach(key -> japaneseInEnglish.put(key, english.getProperty(key)));

        assertThat(japaneseInEnglish).as("English texts containing Japanese characters").isEmpty();
        assertThat(english.getProperty("app.name")).isNotBlank().doesNotMatch(".*[\\p{IsHan}\\p{IsHiragana}].*");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static Properties bundle(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static boolean containsJapanese(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        });
    }

    private static boolean isPrefix(String literal) {
        return literal.endsWith(".");
    }

    private static void collect(SortedMap<String, Set<String>> used, Map<String, Integer> foundPerKind, String kind,
            String where, List<String> keys) {
        for (String key : keys) {
            foundPerKind.merge(kind, 1, Integer::sum);
            used.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
        }
    }

    private static SortedMap<String, Set<String>> missing(SortedMap<String, Set<String>> used, Properties bundle) {
        SortedMap<String, Set<String>> missing = new TreeMap<>(used);
        missing.keySet().removeIf(bundle::containsKey);
        return missing;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<String> matches(String code, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** String literals of argument {@code index} of every call matching {@code call}; prefixes left out. */
    private static List<String> argumentLiterals(String code, Pattern call, int index) {
        return argumentLiterals(code, call, index, false);
    }

    private static List<String> argumentLiterals(String code, Pattern call, int index, boolean withPrefixes) {
        List<String> found = new ArrayList<>();
        Matcher matcher = call.matcher(code);
        while (matcher.find()) {
            List<String> arguments = splitArguments(code, matcher.end());
            if (arguments.size() > index) {
                literals(arguments.get(index)).stream()
                        .filter(literal -> withPrefixes || !isPrefix(literal))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static List<String> menuTitles(String code) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MENU_ANNOTATION.matcher(code);
        while (matcher.find()) {
            for (String argument : splitArguments(code, matcher.end())) {
                if (MENU_TITLE.matcher(argument.strip()).find()) {
                    found.addAll(literals(argument));
                }
            }
        }
        return found;
    }

    /** All arguments of every call matching {@code call}. */
    private static List<String> arguments(String code, Pattern call) {
        List<String> found = new ArrayList<>();
        Matcher matcher = call.matcher(code);
        while (matcher.find()) {
            found.addAll(splitArguments(code, matcher.end()));
        }
        return found;
    }

    private static List<String> literals(String argument) {
        List<String> found = new ArrayList<>();
        Matcher matcher = STRING_LITERAL.matcher(argument);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /**
     * The top-level arguments of the call whose opening parenthesis ends right before {@code start}: splits at
     * commas outside nested brackets, string and char literals, and stops at the matching closing parenthesis.
     */
    private static List<String> splitArguments(String code, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                current.append(code, i, end);
                i = end - 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /** Index just past the string, text block or char literal starting at {@code start}. */
    private static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
    }

    /** The source with comments blanked out (string literals kept), so Javadoc examples do not count. */
    private static String readWithoutComments(Path file) {
        String code;
        try {
            code = Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                out.append(code, i, end);
                i = end - 1;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = (end < 0 ? code.length() : end) - 1;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                int stop = end < 0 ? code.length() : end + 2;
                // keep line breaks so nothing else shifts across lines
                code.substring(i, stop).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                out.append(' ');
                i = stop - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
