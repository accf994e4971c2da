package jp.renkei.shared.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Japanese national holidays (国民の祝日), substitute holidays (振替休日) and citizens' holidays (国民の休日), read
 * once from the bundled {@code calendar/jp-holidays.csv}. Weekends and hospitals' year-end closure are not
 * holidays here: {@link BusinessCalendar} adds them.
 *
 * <p>The file covers whole calendar years ({@link #firstCovered()} to {@link #lastCovered()}). A date outside
 * that range is reported as not a holiday; callers that care (deadlines far in the future) should check
 * {@link #covers(LocalDate)} and warn, or extend the file. Immutable and thread-safe.
 */
public final class JapaneseHolidays {

    static final String RESOURCE = "/calendar/jp-holidays.csv";
    private static final String HEADER = "date,name_ja,name_en";

    /** A holiday's names, as written in the file. */
    record Names(String japanese, String english) {
    }

    private final SortedMap<LocalDate, Names> holidays;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;

    private JapaneseHolidays(SortedMap<LocalDate, Names> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalStateException("no holidays in " + RESOURCE);
        }
        this.holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
        this.firstCovered = LocalDate.of(holidays.firstKey().getYear(), 1, 1);
        this.lastCovered = LocalDate.of(holidays.lastKey().getYear(), 12, 31);
        for (int year = firstCovered.getYear(); year <= lastCovered.getYear(); year++) {
            if (this.holidays.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).isEmpty()) {
                throw new IllegalStateException(RESOURCE + " has no holidays in " + year
                        + ": covered years must be contiguous");
            }
        }
    }

    /** The bundled list, loaded on first use. */
    public static JapaneseHolidays bundled() {
        return Bundled.INSTANCE;
    }

    /** Whether the date is a national holiday, 振替休日 or 国民の休日. False outside the covered years. */
    public boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    /** The holiday's name: Japanese for a Japanese locale, English for any other. Empty if not a holiday. */
    public Optional<String> nameOf(LocalDate date, Locale locale) {
        Names names = holidays.get(date);
        if (names == null) {
            return Optional.empty();
        }
        return Optional.of("ja".equals(locale.getLanguage()) ? names.japanese() : names.english());
    }

    /** Whether the list is authoritative for the date; outside it {@link #isHoliday} always says false. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstCovered) && !date.isAfter(lastCovered);
    }

    /** January 1 of the first year in the list. */
    public LocalDate firstCovered() {
        return firstCovered;
    }

    /** December 31 of the last year in the list. */
    public LocalDate lastCovered() {
        return lastCovered;
    }

    /** Every listed holiday, in date order. For the rule check in the tests. */
    SortedMap<LocalDate, Names> all() {
        return holidays;
    }

    static JapaneseHolidays read(InputStream csv, String source) {
        SortedMap<LocalDate, Names> holidays = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, UTF_8))) {
            LocalDate previous = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals(HEADER)) {
                    continue;
                }
                String[] fields = trimmed.split(",", -1);
                if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
                    throw new IllegalStateException(source + ":" + lineNumber + ": expected " + HEADER
                            + " but was: " + line);
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(fields[0].strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException(source + ":" + lineNumber + ": bad date: " + line, e);
                }
                if (previous != null && !date.isAfter(previous)) {
                    throw new IllegalStateException(source + ":" + lineNumber
                            + ": dates must be unique and in ascending order: " + line);
                }
                holidays.put(date, new Names(fields[1].strip(), fields[2].strip()));
                previous = date;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return new JapaneseHolidays(holidays);
    }

    private static final class Bundled {

        static final JapaneseHolidays INSTANCE = load();

        private static JapaneseHolidays load() {
            InputStream csv = JapaneseHolidays.class.getResourceAsStream(RESOURCE);
            if (csv == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(csv, RESOURCE);
        }
    }
}
