package jp.renkei.infrastructure.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config/backup/prune.sh} keeps daily backups for a week, weekly ones for a month, monthly for a year. */
class BackupGenerationsTest {

    @TempDir
    Path backups;

    @Test
    void aYearOfNightlyBackupsThinsOutToTheGenerationsKept() throws Exception {
        for (LocalDate day = LocalDate.parse("2025-11-01"); !day.isAfter(LocalDate.parse("2026-11-30")); day = day.plusDays(1)) {
            backupOf(day + "T171500Z");
        }
        backupOf("2026-11-30T031500Z"); // an extra run earlier the same day: the later one stands for the day

        var outcome = new BackupScript("prune.sh", Map.of()).run(backups.toString());

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(daysKept()).containsExactly(
                // the last 7 days (2026-11-30 is a Monday)
                "2026-11-30T171500Z", "2026-11-29T171500Z", "2026-11-28T171500Z", "2026-11-27T171500Z",
                "2026-11-26T171500Z", "2026-11-25T171500Z", "2026-11-24T171500Z",
                // the newest of each of the last 5 ISO weeks beyond those
                "2026-11-22T171500Z", "2026-11-15T171500Z", "2026-11-08T171500Z",
                // the newest of each of the last 12 months
                "2026-10-31T171500Z", "2026-09-30T171500Z", "2026-08-31T171500Z", "2026-07-31T171500Z",
                "2026-06-30T171500Z", "2026-05-31T171500Z", "2026-04-30T171500Z", "2026-03-31T171500Z",
                "2026-02-28T171500Z", "2026-01-31T171500Z", "2025-12-31T171500Z");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.filter(file -> file.toString().endsWith(".sha256")).count())
                    .as("each checksum goes with its backup").isEqualTo(21);
        }
    }

    @Test
    void fewerGenerationsWhenConfiguredSo() throws Exception {
        for (LocalDate day = LocalDate.parse("2026-11-01"); !day.isAfter(LocalDate.parse("2026-11-30")); day = day.plusDays(1)) {
            backupOf(day + "T171500Z");
        }

        var outcome = new BackupScript("prune.sh", Map.of("RENKEI_BACKUP_KEEP_DAILY", "2",
                "RENKEI_BACKUP_KEEP_WEEKLY", "1", "RENKEI_BACKUP_KEEP_MONTHLY", "1")).run(backups.toString());

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(daysKept()).containsExactly("2026-11-30T171500Z", "2026-11-29T171500Z");
    }

    private void backupOf(String stamp) throws Exception {
        Files.writeString(backups.resolve("renkei-" + stamp + ".sql.gz.enc"), "backup " + stamp);
        Files.writeString(backups.resolve("renkei-" + stamp + ".sql.gz.enc.sha256"), "checksum");
    }

    private java.util.List<String> daysKept() throws Exception {
        try (Stream<Path> files = Files.list(backups)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".enc"))
                    .map(name -> name.substring("renkei-".length(), name.length() - ".sql.gz.enc".length()))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }
}
