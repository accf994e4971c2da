package jp.renkei.shared.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
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
import org.springframework.context.ApplicationEventPublisher;

import jp.renkei.counseling.AvailabilityException;
import jp.renkei.counseling.BookingStatus;
import jp.renkei.counseling.Qualification;
import jp.renkei.counseling.SessionType;
import jp.renkei.expertpanel.PanelCaseStatus;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralStatus;
import jp.renkei.referral.ReferralStep;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.Sex;
import jp.renkei.referral.SpecimenType;
import jp.renkei.referral.StandardTreatmentStatus;
import jp.renkei.referral.attachment.AttachmentRejected;
import jp.renkei.referral.eligibility.EligibilityPolicy;
import jp.renkei.shared.HospitalId;
import jp.renkei.tenancy.HospitalTier;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * The Japanese bundle (default) and the English one stay in step, and every text the code asks for exists in
 * both. Reads the files in {@code src/main/resources/i18n/} and scans {@code src/main/java} with regexes for
 * literal keys; keys the code assembles at runtime ({@code "referral.status." + status.name()}) are enumerated
 * from the real enums and classes instead.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path REFERRAL = SOURCES.resolve(Path.of("jp", "renkei", "referral", "Referral.java"));
    private static final Path REFERRAL_LETTER =
            SOURCES.resolve(Path.of("jp", "renkei", "referral", "ReferralLetter.java"));

    /** Runtime key prefixes whose keys another test checks: every audit action the code records. */
    private static final Set<String> PREFIXES_CHECKED_ELSEWHERE = Set.of("audit.action.");

    /** English texts that may contain Japanese on purpose. */
    private static final Set<String> BILINGUAL_ENGLISH_KEYS = Set.of(
            // the language menu is labelled in both languages so that either reader finds it
            "shell.language");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** What a bundle key looks like: dotted words, at least one dot ({@code referral.status.}, {@code letter.label}). */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]*)+");

    private static final Pattern GET_TRANSLATION = Pattern.compile("\\bgetTranslation\\s*\\(");
    private static final Pattern NEW_HOME_FIGURE = Pattern.compile("\\bnew\\s+HomeFigure\\s*\\(");
    private static final Pattern NEW_KEYED_EXCEPTION =
            Pattern.compile("\\bnew\\s+(?:StaffAdministrationException|NetworkAdministrationException)\\s*\\(");
    private static final Pattern MENU_ANNOTATION = Pattern.compile("@Menu\\s*\\(");
    private static final Pattern MENU_TITLE = Pattern.compile("^title\\s*=");
    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"\\{([^\"{}]+)}\"");
    /** NetworkRoster's {@code text(locale, key, params...)}, the roster PDF's texts; matches up to the key. */
    private static final Pattern ROSTER_TEXT = Pattern.compile("\\btext\\s*\\(\\s*locale\\s*,");
    /** An unqualified {@code text(key, args...)} helper, as in ReferralLetter (the roster's first argument is no literal). */
    private static final Pattern TEXT_HELPER = Pattern.compile("(?<![\\w.])text\\s*\\(");
    private static final Pattern NEW_TRANSITION_REFUSED = Pattern.compile("\\bnew\\s+ReferralTransitionRefused\\s*\\(");
    /** Referral's {@code requireText(text, messageKey)}, which refuses the step with that key. */
    private static final Pattern REQUIRE_TEXT = Pattern.compile("(?<![\\w.])requireText\\s*\\(");
    /** {@code new ReferralInvalid(Map.of("field", "key", ...))}; matches up to the map's entries. */
    private static final Pattern NEW_REFERRAL_INVALID_MAP =
            Pattern.compile("\\bnew\\s+ReferralInvalid\\s*\\(\\s*Map\\s*\\.\\s*of\\s*\\(");
    /** ReferralValidation's {@code problems.put(FIELD, "key")} and {@code putIfAbsent}. */
    private static final Pattern PROBLEMS_PUT = Pattern.compile("\\bproblems\\s*\\.\\s*(?:put|putIfAbsent)\\s*\\(");
    /** {@code new Notice(hospital, role, messageKey, arguments, link)}. */
    private static final Pattern NEW_NOTICE = Pattern.compile("\\bnew\\s+Notice\\s*\\(");
    /** ReferralActions' {@code add("action-id", titleKey, textKey, required, withDate, primary, step, successKey)}. */
    private static final Pattern STEP_BUTTON = Pattern.compile("(?<![\\w.])add\\s*\\(\\s*(?=\")");
    /** ReferralContentPanel's {@code item(labelKey, value)}. */
    private static final Pattern CONTENT_ITEM = Pattern.compile("(?<![\\w.])item\\s*\\(");
    /** ReferralLetter's {@code for (String label : List.of("To", ...))} around {@code text("letter.label" + label)}. */
    private static final Pattern LETTER_LABEL_LOOP =
            Pattern.compile("\\bfor\\s*\\(\\s*String\\s+label\\s*:\\s*List\\s*\\.\\s*of\\s*\\(");

    /** {@code FreeText.lines("input.field.summary", text, max)}: the field's label key. */
    private static final Pattern FREE_TEXT_FIELD =
            Pattern.compile("\\bFreeText\\s*\\.\\s*(?:line|lines|name)\\s*\\(\\s*\"(input\\.field\\.[A-Za-z]+)\"");

    private static final Pattern AUDIT_CALL =
            Pattern.compile("\\b(?:AuditEvent\\s*\\.\\s*(?:byUser|system)|audit)\\s*\\(");
    private static final Pattern AUDIT_ACTION = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}");
    /** The start of an action completed at runtime: {@code "REFERRAL_" + step.name()}. */
    private static final Pattern AUDIT_ACTION_PREFIX = Pattern.compile("[A-Z][A-Z0-9_]*");

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
                    .map(Literal::whole)
                    .toList());
            collect(used, foundPerKind, "roster text", where, argumentLiterals(code, ROSTER_TEXT, 0));
            collect(used, foundPerKind, "text(key) helper", where, argumentLiterals(code, TEXT_HELPER, 0));
            collect(used, foundPerKind, "new ReferralTransitionRefused", where,
                    argumentLiterals(code, NEW_TRANSITION_REFUSED, 0));
            if (file.equals(REFERRAL)) {
                collect(used, foundPerKind, "Referral.requireText", where, argumentLiterals(code, REQUIRE_TEXT, 1));
            }
            collect(used, foundPerKind, "new ReferralInvalid(Map.of)", where, mapValueLiterals(code));
            collect(used, foundPerKind, "problems.put", where, argumentLiterals(code, PROBLEMS_PUT, 1));
            collect(used, foundPerKind, "new Notice", where, argumentLiterals(code, NEW_NOTICE, 2));
            collect(used, foundPerKind, "step button", where, stepButtonLiterals(code));
            collect(used, foundPerKind, "content item", where, argumentLiterals(code, CONTENT_ITEM, 0));
        });

        // Guards against a regex that silently stopped matching: each kind of usage exists in the code today.
        assertThat(foundPerKind.keySet()).as("kinds of key usage found in %s", SOURCES).containsExactlyInAnyOrder(
                "getTranslation", "new HomeFigure", "new ...AdministrationException", "@Menu(title)",
                "validation message", "roster text", "text(key) helper", "new ReferralTransitionRefused",
                "Referral.requireText", "new ReferralInvalid(Map.of)", "problems.put", "new Notice", "step button",
                "content item");
        assertThat(used).as("literal keys found").hasSizeGreaterThan(50)
                .containsKeys("referral.error.wrongSide", "referral.error.answerRequired",
                        "referral.validation.receiverNotPartner", "referral.validation.patientIdRequired",
                        "referral.action.accept", "referral.done.accepted", "letter.title", "referral.patientId");

        assertThat(missing(used, japanese)).as("keys used in the code but missing in messages.properties").isEmpty();
        assertThat(missing(used, english)).as("keys used in the code but missing in messages_en.properties").isEmpty();
    }

    @Test
    void everyKeyPrefixUsedAtRuntimeIsCheckedByEnumeration() throws ReflectiveOperationException {
        SortedMap<String, Set<String>> prefixes = new TreeMap<>();
        sources.forEach((file, code) -> literals(code).stream()
                .filter(literal -> KEY_SHAPE.matcher(literal.text()).matches())
                .filter(literal -> literal.startsConcatenation() || literal.text().endsWith("."))
                .forEach(literal -> prefixes.computeIfAbsent(literal.text(), k -> new TreeSet<>())
                        .add(SOURCES.relativize(file).toString())));

        Set<String> checked = new TreeSet<>(keysBuiltAtRuntime().keySet());
        checked.addAll(PREFIXES_CHECKED_ELSEWHERE);
        assertThat(prefixes.keySet())
                .as("prefixes concatenated at runtime (%s); each needs its keys enumerated in keysBuiltAtRuntime()",
                        prefixes)
                .isSubsetOf(checked);
        // and the other way round, so the scan cannot silently stop finding them
        assertThat(prefixes.keySet()).as("enumerated prefixes that the code no longer uses").containsAll(checked);
    }

    @Test
    void everyKeyBuiltAtRuntimeExistsInBothBundles() throws ReflectiveOperationException {
        SortedMap<String, Set<String>> expected = new TreeMap<>();
        keysBuiltAtRuntime().forEach((prefix, keys) -> keys.forEach(key ->
                expected.computeIfAbsent(key, k -> new TreeSet<>()).add(prefix + "…")));

        assertThat(keysBuiltAtRuntime().get("notice.referral.")).as("referral notices announced")
                .contains("notice.referral.SUBMITTED", "notice.referral.ACCEPTED", "notice.referral.CLOSED")
                .doesNotContain("notice.referral.CREATED", "notice.referral.ATTACHMENT_ADDED");
        assertThat(keysBuiltAtRuntime().get("letter.label")).as("referral letter labels")
                .contains("letter.labelTo", "letter.labelPage");
        assertThat(missing(expected, japanese)).as("runtime keys missing in messages.properties").isEmpty();
        assertThat(missing(expected, english)).as("runtime keys missing in messages_en.properties").isEmpty();
        assertThat(japanese.getProperty("prefecture.13")).isEqualTo("東京都");
        assertThat(english.getProperty("prefecture.13")).isEqualTo("Tokyo");
    }

    @Test
    void everyMessageKeyTheReferralDomainDeclaresExistsInBothBundles() {
        SortedMap<String, Set<String>> declared = new TreeMap<>();
        EligibilityPolicy.messageKeys().forEach(key ->
                declared.computeIfAbsent(key, k -> new TreeSet<>()).add("EligibilityPolicy.messageKeys()"));
        for (AttachmentRejected.Reason reason : AttachmentRejected.Reason.values()) {
            declared.computeIfAbsent(reason.messageKey(), k -> new TreeSet<>())
                    .add("AttachmentRejected.Reason." + reason.name());
        }

        assertThat(EligibilityPolicy.messageKeys()).as("eligibility finding keys").isNotEmpty();
        assertThat(missing(declared, japanese)).as("declared keys missing in messages.properties").isEmpty();
        assertThat(missing(declared, english)).as("declared keys missing in messages_en.properties").isEmpty();
    }

    @Test
    void everyAuditActionTheCodeRecordsHasItsTextInBothBundles() {
        SortedMap<String, Set<String>> actions = new TreeMap<>();
        SortedMap<String, Set<String>> prefixes = new TreeMap<>();
        sources.forEach((file, code) -> {
            String where = SOURCES.relativize(file).toString();
            for (String argument : arguments(code, AUDIT_CALL)) {
                for (Literal literal : literals(argument)) {
                    if (literal.startsConcatenation() && AUDIT_ACTION_PREFIX.matcher(literal.text()).matches()) {
                        prefixes.computeIfAbsent(literal.text(), k -> new TreeSet<>()).add(where);
                    } else if (!literal.concatenated() && AUDIT_ACTION.matcher(literal.text()).matches()) {
                        actions.computeIfAbsent("audit.action." + literal.text(), k -> new TreeSet<>()).add(where);
                    }
                }
            }
        });
        Map<String, List<String>> builtAtRuntime = auditActionsBuiltAtRuntime();
        assertThat(prefixes.keySet())
                .as("audit actions concatenated at runtime (%s); each needs auditActionsBuiltAtRuntime()", prefixes)
                .containsExactlyInAnyOrderElementsOf(builtAtRuntime.keySet());
        builtAtRuntime.forEach((prefix, built) -> built.forEach(action -> actions
                .computeIfAbsent("audit.action." + action, k -> new TreeSet<>()).addAll(prefixes.get(prefix))));

        assertThat(actions).as("audit actions found").containsKeys("audit.action.SIGNED_IN",
                "audit.action.HOSPITAL_SCOPE_ENTERED", "audit.action.STAFF_ADDED", "audit.action.HOSPITAL_REGISTERED",
                "audit.action.REFERRAL_VIEWED", "audit.action.REFERRAL_SUBMITTED");
        assertThat(missing(actions, japanese)).as("audit actions without a text in messages.properties").isEmpty();
        assertThat(missing(actions, english)).as("audit actions without a text in messages_en.properties").isEmpty();
    }

    @Test
    void japaneseTextsAreWrittenInJapanese() {
        for (String key : List.of("app.name", "app.network", "login.title", "nav.home", "role.LIAISON_CLINICIAN",
                "role.NETWORK_ADMIN", "tier.CORE", "home.guide.title", "error.unexpected", "prefecture.01",
                "referral.status.SUBMITTED", "notice.referral.SUBMITTED", "letter.title")) {
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

    // --- keys the code builds at runtime ---------------------------------------------------------------------

    /** Every key the code can build at runtime, by the literal prefix it builds it from. */
    private static Map<String, List<String>> keysBuiltAtRuntime() throws ReflectiveOperationException {
        Map<String, List<String>> keys = new TreeMap<>();
        keys.put("role.", keys("role.", Role.values()));
        keys.put("home.guide.", keys("home.guide.", Role.values()));
        keys.put("tier.", keys("tier.", HospitalTier.values()));
        keys.put("prefecture.", IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("prefecture.%02d", i)).toList());
        keys.put("referral.status.", keys("referral.status.", ReferralStatus.values()));
        keys.put("referral.step.", keys("referral.step.", ReferralStep.values()));
        // ReferralDetailView: "referral.next." + status + ".referrer" / ".receiver"; the receiver never sees drafts
        keys.put("referral.next.", Stream.of(ReferralStatus.values())
                .flatMap(status -> Stream.of(".referrer", ".receiver")
                        .filter(side -> side.equals(".referrer") || status.visibleToReceiver())
                        .map(side -> "referral.next." + status.name() + side))
                .toList());
        keys.put("service.", keys("service.", RequestedService.values()));
        keys.put("service.short.", keys("service.short.", RequestedService.values()));
        keys.put("sex.", keys("sex.", Sex.values()));
        keys.put("standardTreatment.", keys("standardTreatment.", StandardTreatmentStatus.values()));
        keys.put("specimenType.", keys("specimenType.", SpecimenType.values()));
        keys.put("notice.referral.", referralNoticeKeys());
        keys.put("counseling.type.", keys("counseling.type.", SessionType.values()));
        keys.put("counseling.status.", keys("counseling.status.", BookingStatus.values()));
        // the statuses of Spring Modulith's event publications, as the stuck-deliveries page shows them
        keys.put("deliveries.status.", keys("deliveries.status.",
                org.springframework.modulith.events.EventPublication.Status.values()));
        keys.put("counseling.qualification.", keys("counseling.qualification.", Qualification.values()));
        keys.put("counseling.exception.", keys("counseling.exception.", AvailabilityException.Kind.values()));
        // CounselingBooking's history actions and CounselingReminder.Kind (package-private), as the code writes them
        keys.put("counseling.action.", Stream.of("BOOKED", "RESCHEDULED", "CANCELLED", "NO_SHOW", "OUTCOME")
                .map(action -> "counseling.action." + action).toList());
        keys.put("counseling.mail.reminderSubject.", List.of("counseling.mail.reminderSubject.H24",
                "counseling.mail.reminderSubject.H1"));
        keys.put("letter.label", letterLabelKeys());
        keys.put("panel.case.status.", keys("panel.case.status.", PanelCaseStatus.values()));
        // the provider shows a parameter "input.field.…" as that field's label: the fields FreeText checks
        keys.put("input.field.", freeTextFields());
        return keys;
    }

    /** The field label keys the services hand to {@code FreeText.line/lines/name(field, ...)}. */
    private static List<String> freeTextFields() {
        List<String> fields = sources.values().stream()
                .flatMap(code -> FREE_TEXT_FIELD.matcher(code).results().map(match -> match.group(1)))
                .distinct().sorted().toList();
        assertThat(fields).as("fields checked by FreeText").contains("input.field.summary", "input.field.nameKanji");
        return fields;
    }

    /** Audit actions completed at runtime: ReferralService.afterStep records "REFERRAL_" + the step, any step. */
    private static Map<String, List<String>> auditActionsBuiltAtRuntime() {
        return Map.of("REFERRAL_", keys("REFERRAL_", ReferralStep.values()));
    }

    private static List<String> keys(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(value -> prefix + value.name()).toList();
    }

    /**
     * The notices ReferralNotices publishes, found by letting it announce every step (it is package-private, hence
     * reflection): exactly the keys the notification list and emails will ask for.
     */
    private static List<String> referralNoticeKeys() throws ReflectiveOperationException {
        List<Object> published = new ArrayList<>();
        ApplicationEventPublisher publisher = published::add;
        Class<?> notices = Class.forName("jp.renkei.referral.ReferralNotices");
        Constructor<?> constructor = notices.getDeclaredConstructor(ApplicationEventPublisher.class);
        constructor.setAccessible(true);
        Object instance = constructor.newInstance(publisher);
        Method announce = notices.getDeclaredMethod("announce", ReferralId.class, HospitalId.class, HospitalId.class,
                ReferralStep.class);
        announce.setAccessible(true);
        for (ReferralStep step : ReferralStep.values()) {
            announce.invoke(instance, new ReferralId(1), HospitalId.of(1), HospitalId.of(2), step);
        }
        return published.stream().filter(Notice.class::isInstance).map(n -> ((Notice) n).messageKey())
                .distinct().toList();
    }

    /** ReferralLetter's {@code "letter.label" + label} for each label of its {@code for (String label : List.of(...))}. */
    private static List<String> letterLabelKeys() {
        String code = sources.get(REFERRAL_LETTER);
        assertThat(code).as("source of %s", REFERRAL_LETTER).isNotNull();
        List<String> labels = arguments(code, LETTER_LABEL_LOOP).stream()
                .flatMap(argument -> literals(argument).stream())
                .map(Literal::text)
                .toList();
        assertThat(labels).as("labels of the loop %s in %s", LETTER_LABEL_LOOP, REFERRAL_LETTER).isNotEmpty();
        return labels.stream().map(label -> "letter.label" + label).toList();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /**
     * A string literal in the code. {@code plusBefore}/{@code plusAfter}: joined with {@code +} to text computed at
     * runtime, so no complete key by itself; one with only {@code plusAfter} starts the concatenation (a prefix).
     */
    private record Literal(String text, boolean plusBefore, boolean plusAfter) {

        static Literal whole(String text) {
            return new Literal(text, false, false);
        }

        boolean concatenated() {
            return plusBefore || plusAfter;
        }

        boolean startsConcatenation() {
            return plusAfter && !plusBefore;
        }
    }

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

    /** Records the complete keys among {@code literals}; every literal counts as a usage of {@code kind}. */
    private static void collect(SortedMap<String, Set<String>> used, Map<String, Integer> foundPerKind, String kind,
            String where, List<Literal> literals) {
        for (Literal literal : literals) {
            foundPerKind.merge(kind, 1, Integer::sum);
            if (!literal.concatenated()) {
                used.computeIfAbsent(literal.text(), k -> new TreeSet<>()).add(where);
            }
        }
    }

    /** The keys of {@code used} that {@code bundle} lacks or leaves blank. */
    private static SortedMap<String, Set<String>> missing(SortedMap<String, Set<String>> used, Properties bundle) {
        SortedMap<String, Set<String>> missing = new TreeMap<>(used);
        missing.keySet().removeIf(key -> bundle.getProperty(key) != null && !bundle.getProperty(key).isBlank());
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

    /** String literals of argument {@code index} of every call matching {@code call}. */
    private static List<Literal> argumentLiterals(String code, Pattern call, int index) {
        return calls(code, call).stream()
                .filter(arguments -> arguments.size() > index)
                .flatMap(arguments -> literals(arguments.get(index)).stream())
                .toList();
    }

    /** The values of {@code new ReferralInvalid(Map.of(field, key, ...))}: every second entry of Map.of. */
    private static List<Literal> mapValueLiterals(String code) {
        List<Literal> found = new ArrayList<>();
        for (List<String> entries : calls(code, NEW_REFERRAL_INVALID_MAP)) {
            for (int i = 1; i < entries.size(); i += 2) {
                found.addAll(literals(entries.get(i)));
            }
        }
        return found;
    }

    /** ReferralActions' step buttons: the title, text-field label and success message keys. */
    private static List<Literal> stepButtonLiterals(String code) {
        List<Literal> found = new ArrayList<>();
        for (List<String> arguments : calls(code, STEP_BUTTON)) {
            if (arguments.size() >= 4) {
                Stream.of(arguments.get(1), arguments.get(2), arguments.getLast())
                        .forEach(argument -> found.addAll(literals(argument)));
            }
        }
        return found;
    }

    private static List<Literal> menuTitles(String code) {
        List<Literal> found = new ArrayList<>();
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

    /** The arguments of every call matching {@code call}, one list per call. */
    private static List<List<String>> calls(String code, Pattern call) {
        List<List<String>> found = new ArrayList<>();
        Matcher matcher = call.matcher(code);
        while (matcher.find()) {
            found.add(splitArguments(code, matcher.end()));
        }
        return found;
    }

    /** All arguments of every call matching {@code call}. */
    private static List<String> arguments(String code, Pattern call) {
        return calls(code, call).stream().flatMap(List::stream).toList();
    }

    private static List<Literal> literals(String code) {
        List<Literal> found = new ArrayList<>();
        Matcher matcher = STRING_LITERAL.matcher(code);
        while (matcher.find()) {
            found.add(new Literal(matcher.group(1), plusBefore(code, matcher.start()), plusAfter(code, matcher.end())));
        }
        return found;
    }

    private static boolean plusBefore(String code, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= 0 && code.charAt(i) == '+';
    }

    private static boolean plusAfter(String code, int end) {
        int i = end;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i < code.length() && code.charAt(i) == '+' && !code.startsWith("+=", i) && !code.startsWith("++", i);
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
