package jp.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;

/**
 * "No patient data in logs": after every other test of the run (a failsafe execution of its own, after the browser
 * tests), the whole run's logs — the integration tests' log file and each packaged portal's log from the browser
 * tests — are searched for the seeded patients' names and birth dates. The patients are read from a freshly seeded
 * demo network, so a patient added to the demo data is searched for too.
 */
@RenkeiIntegrationTest
class PatientDataInLogsScan {

    /** Where this run's logs are; both are emptied at the start of a build (pom: clean-previous-test-logs). */
    private static final List<Path> LOG_DIRECTORIES = List.of(Path.of("target", "test-logs"), Path.of("target", "e2e-portal"));
    /** 1958-06-17, 1958/6/17, 1958年6月17日 (and a timestamp's date, which no seeded patient is born on). */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/年](\\d{1,2})[-/月](\\d{1,2})(?!\\d)");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noSeededPatientsNameOrBirthDateAppearsInAnyLogOfTheRun() throws IOException {
        SeededPatients patients = seededPatients();
        List<Path> logs = logsOfTheRun();
        assertThat(patients.names()).as("seeded patient names to look for").hasSizeGreaterThan(20);
        assertThat(logs).as("the run's logs (integration tests write target/test-logs)").isNotEmpty();

        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            found.addAll(occurrences(log, patients));
        }
        assertThat(found).as("patient names or birth dates in %d log files", logs.size()).isEmpty();
    }

    private record SeededPatients(Set<String> names, Set<LocalDate> birthDates) {
    }

    private SeededPatients seededPatients() {
        SeededPatients patients = new SeededPatients(new LinkedHashSet<>(), new HashSet<>());
        for (String sql : List.of("SELECT name_kanji, name_kana, birth_date FROM patient",
                "SELECT patient_name_kanji, patient_name_kana, patient_birth_date FROM referral",
                "SELECT name_kanji, name_kana, birth_date FROM panel_own_patient")) {
            jdbc.query(sql, row -> {
                addName(patients.names(), row.getString(1));
                addName(patients.names(), row.getString(2));
                patients.birthDates().add(row.getObject(3, LocalDate.class));
            });
        }
        for (String sql : List.of("SELECT patient_name FROM counseling_booking",
                "SELECT own_patient_name FROM ccat_test WHERE own_patient_name IS NOT NULL")) {
            jdbc.queryForList(sql, String.class).forEach(name -> addName(patients.names(), name));
        }
        return patients;
    }

    /** A name as written ("山口 浩"), with a full-width space and without the space ("山口浩"). */
    private static void addName(Set<String> names, String name) {
        names.add(name);
        names.add(name.replace(' ', '\u3000'));
        names.add(name.replace(" ", "").replace("\u3000", ""));
    }

    private static List<Path> logsOfTheRun() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (Path directory : LOG_DIRECTORIES) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    files.filter(file -> file.getFileName().toString().endsWith(".log")).forEach(logs::add);
                }
            }
        }
        return logs;
    }

    /**
     * Line by line (the run's log is tens of megabytes): every date-like token is compared with the birth dates, and
     * only lines with non-ASCII text (names are Japanese) are searched for names.
     */
    private static List<String> occurrences(Path log, SeededPatients patients) {
        List<String> found = new ArrayList<>();
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                Matcher date = DATE.matcher(line);
                while (date.find()) {
                    if (patients.birthDates().contains(dayOf(date))) {
                        found.add(log.getFileName() + ": birth date " + date.group() + " in: " + abbreviated(line));
                    }
                }
                if (!ASCII.matcher(line).matches()) {
                    patients.names().stream().filter(line::contains)
                            .forEach(name -> found.add(log.getFileName() + ": name \"" + name + "\" in: " + abbreviated(line)));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read " + log, e);
        }
        return found;
    }

    /** The date a token names, or null for a token such as an id that only looks like one ("1958-13-40"). */
    private static LocalDate dayOf(Matcher date) {
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static String abbreviated(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
