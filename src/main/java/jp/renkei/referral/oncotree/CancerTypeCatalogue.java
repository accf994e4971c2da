package jp.renkei.referral.oncotree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The cancer types a referral can name: a curated subset of OncoTree (see the comment lines of
 * {@value #RESOURCE} for source, release and licence), searchable by OncoTree code, English name and Japanese
 * name. Immutable and thread-safe; the CSV is read once per JVM.
 *
 * <p>Usable without Spring: {@code CancerTypeCatalogue.shared()} or {@code new CancerTypeCatalogue()}. For a
 * Vaadin {@code ComboBox<CancerType>} either filter in memory,
 * {@code comboBox.setItems((type, filter) -> catalogue.matches(type, filter), catalogue.all())}, or let the
 * catalogue rank, {@code comboBox.setItems(query -> catalogue.search(query.getFilter().orElse(""), locale,
 * query.getOffset() + query.getLimit()).stream().skip(query.getOffset()))}, and show
 * {@code type.label(locale)} with {@code setItemLabelGenerator}.
 */
@Component
public class CancerTypeCatalogue {

    /** Classpath location of the catalogue. */
    public static final String RESOURCE = "referral/oncotree-common.csv";

    static final List<String> HEADER = List.of("code", "name_en", "name_ja", "tissue_en", "tissue_ja");

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private final List<CancerType> all;
    private final Map<String, CancerType> byCode;
    private final List<Searchable> searchables;

    /** The catalogue from {@value #RESOURCE}; the file is parsed only once however many instances exist. */
    public CancerTypeCatalogue() {
        this(Bundled.TYPES);
    }

    /** A catalogue of the given types, in that order (tests). */
    CancerTypeCatalogue(List<CancerType> types) {
        this.all = List.copyOf(types);
        Map<String, CancerType> codes = new LinkedHashMap<>();
        List<Searchable> index = new ArrayList<>(all.size());
        for (CancerType type : all) {
            if (codes.putIfAbsent(type.code(), type) != null) {
                throw new IllegalArgumentException("Duplicate OncoTree code " + type.code());
            }
            index.add(new Searchable(type));
        }
        this.byCode = Map.copyOf(codes);
        this.searchables = List.copyOf(index);
    }

    /** A shared instance of the bundled catalogue, for code that runs outside Spring. */
    public static CancerTypeCatalogue shared() {
        return Bundled.INSTANCE;
    }

    /** Every cancer type, in catalogue order (by organ, commonest first). */
    public List<CancerType> all() {
        return all;
    }

    /** The type with this OncoTree code, ignoring case and surrounding spaces. */
    public Optional<CancerType> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Types matching {@code text}, best first, at most {@code limit}. Matches the code (any case), the English
     * name (any case; a word prefix ranks above a substring), the Japanese name (substring; hiragana and
     * katakana are interchangeable, as are 癌 and がん, and full-width and half-width forms) and, ranked last,
     * the tissue. Ranking: exact code; code or name starts with the text; a word of the English name starts with it; code
     * or name contains it; tissue contains it; every space-separated word of the text is found somewhere;
     * a Japanese text's characters occur in the Japanese name in order (膵がん finds 膵腺癌).
     * Equal ranks prefer a match in {@code locale}'s language, then catalogue order. Blank text returns the
     * catalogue in order.
     *
     * @param locale the user's locale (Japanese when null)
     * @param limit  the most types to return; 0 returns none
     */
    public List<CancerType> search(String text, Locale locale, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        String query = normalize(text == null ? "" : text);
        if (query.isEmpty()) {
            return all.subList(0, Math.min(limit, all.size()));
        }
        boolean japanese = CancerType.japanese(locale);
        record Hit(CancerType type, int rank, int otherLanguage) {}
        List<Hit> hits = new ArrayList<>();
        for (Searchable s : searchables) {
            int best = s.rank(query);
            if (best != NO_MATCH) {
                int preferred = Math.min(s.codeRank(query), japanese ? s.japaneseRank(query) : s.englishRank(query));
                hits.add(new Hit(s.type, best, preferred == best ? 0 : 1));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::otherLanguage))
                .limit(limit)
                .map(Hit::type)
                .toList();
    }

    /** Whether {@link #search} would return this type for {@code text}; blank text matches everything. */
    public boolean matches(CancerType type, String text) {
        String query = normalize(text == null ? "" : text);
        return query.isEmpty() || new Searchable(type).rank(query) != NO_MATCH;
    }

    // --- matching -----------------------------------------------------------------------------------------

    private static final class Rank {
        static final int EXACT_CODE = 0;
        static final int STARTS_WITH = 1;
        static final int WORD_PREFIX = 2;
        static final int CONTAINS = 3;
        static final int TISSUE = 4;
        static final int ALL_WORDS = 5;
        static final int IN_ORDER = 6;
    }

    /** A type with its fields normalised once for matching. */
    private static final class Searchable {
        final CancerType type;
        final String code;
        final String en;
        final String ja;
        final String tissue;

        Searchable(CancerType type) {
            this.type = type;
            this.code = normalize(type.code());
            this.en = normalize(type.nameEn());
            this.ja = normalize(type.nameJa());
            this.tissue = normalize(type.tissueEn()) + "\n" + normalize(type.tissueJa());
        }

        /** The best rank of any kind of match, or {@link #NO_MATCH}. */
        int rank(String q) {
            int best = Math.min(Math.min(codeRank(q), englishRank(q)), Math.min(japaneseRank(q), tissueRank(q)));
            if (best == NO_MATCH && everyWordFound(q)) {
                best = Rank.ALL_WORDS;
            }
            if (best == NO_MATCH && japaneseInOrder(q)) {
                best = Rank.IN_ORDER;
            }
            return best;
        }

        int codeRank(String q) {
            if (code.equals(q)) {
                return Rank.EXACT_CODE;
            }
            if (code.startsWith(q)) {
                return Rank.STARTS_WITH;
            }
            return code.contains(q) ? Rank.CONTAINS : NO_MATCH;
        }

        int englishRank(String q) {
            if (en.startsWith(q)) {
                return Rank.STARTS_WITH;
            }
            if (startsAWord(en, q)) {
                return Rank.WORD_PREFIX;
            }
            return en.contains(q) ? Rank.CONTAINS : NO_MATCH;
        }

        int japaneseRank(String q) {
            if (ja.startsWith(q)) {
                return Rank.STARTS_WITH;
            }
            return ja.contains(q) ? Rank.CONTAINS : NO_MATCH;
        }

        int tissueRank(String q) {
            return tissue.contains(q) ? Rank.TISSUE : NO_MATCH;
        }

        boolean everyWordFound(String q) {
            String[] words = q.split(" ");
            if (words.length < 2) {
                return false;
            }
            for (String word : words) {
                if (!code.contains(word) && !en.contains(word) && !ja.contains(word) && !tissue.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A Japanese query whose characters all occur in the Japanese name in the same order, so 膵がん finds
         * 膵腺癌 and 子宮体がん finds 子宮体癌／子宮内膜癌. Queries with Latin letters or digits are left out.
         */
        boolean japaneseInOrder(String q) {
            if (q.length() < 2 || q.chars().anyMatch(c -> c < 0x80)) {
                return false;
            }
            int from = 0;
            for (int i = 0; i < q.length(); i++) {
                from = ja.indexOf(q.charAt(i), from);
                if (from < 0) {
                    return false;
                }
                from++;
            }
            return true;
        }

        private static boolean startsAWord(String text, String q) {
            for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Folds what a user should not have to get exactly right: case, full-width and half-width forms (NFKC),
     * katakana versus hiragana, 癌 versus がん (as in 膵がん), and runs of white space.
     */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (c == '癌') {
                out.append("がん");
                continue;
            }
            // katakana ァ (U+30A1) .. ヶ (U+30F6) sit 0x60 above their hiragana
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    // --- loading ------------------------------------------------------------------------------------------

    /** Lazily parsed bundled catalogue. */
    private static final class Bundled {
        static final List<CancerType> TYPES = load(RESOURCE);
        static final CancerTypeCatalogue INSTANCE = new CancerTypeCatalogue(TYPES);
    }

    static List<CancerType> load(String resource) {
        try (InputStream in = CancerTypeCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cancer-type catalogue not found on the classpath: " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * Parses the catalogue CSV: UTF-8, lines starting with '#' and blank lines ignored, then the header
     * {@link #HEADER}, then one type per line. Fields may be double-quoted (a quote inside doubled).
     */
    static List<CancerType> parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<CancerType> types = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + lineNo;
            List<String> fields = fields(line, where);
            if (!headerSeen) {
                if (!fields.equals(HEADER)) {
                    throw new IllegalStateException(where + ": expected header " + String.join(",", HEADER));
                }
                headerSeen = true;
                continue;
            }
            if (fields.size() != HEADER.size()) {
                throw new IllegalStateException(where + ": expected " + HEADER.size() + " fields, found "
                        + fields.size());
            }
            try {
                types.add(new CancerType(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                        fields.get(4)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        return List.copyOf(types);
    }

    private static List<String> fields(String line, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted) {
                throw new IllegalStateException(where + ": text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(where + ": unterminated quote");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
