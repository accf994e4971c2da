package jp.renkei.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Production runs on MySQL 8.4 while development and tests use MariaDB: the migrations and the SQL in the code
 * must stay clear of what only MariaDB understands. A grep for the known differences, not a parser: a finding
 * names the file, the line and what MySQL 8.4 lacks.
 */
class MySqlPortabilityTest {

    private static final Map<String, Pattern> MARIADB_ONLY = Map.ofEntries(
            Map.entry("INSERT/DELETE … RETURNING", Pattern.compile("(?i)\\b(insert|delete|replace)\\b[^;]*\\breturning\\b")),
            Map.entry("CREATE OR REPLACE TABLE/INDEX/SEQUENCE/TRIGGER", Pattern.compile(
                    "(?i)\\bcreate\\s+or\\s+replace\\s+(table|index|sequence|trigger|user|database)\\b")),
            Map.entry("sequences", Pattern.compile("(?i)\\b(create\\s+sequence|nextval\\s*\\(|next\\s+value\\s+for)\\b")),
            Map.entry("IF [NOT] EXISTS on a column, index, key or constraint", Pattern.compile(
                    "(?i)\\b(add|drop|modify|change)\\s+(column|index|key|foreign\\s+key|constraint|partition)\\s+if\\s+(not\\s+)?exists\\b")),
            Map.entry("CREATE/DROP INDEX IF [NOT] EXISTS", Pattern.compile(
                    "(?i)\\b(create\\s+(unique\\s+)?index|drop\\s+index)\\s+if\\s+(not\\s+)?exists\\b")),
            Map.entry("MariaDB column types INET4/INET6/UUID", Pattern.compile("(?i)\\s(inet4|inet6|uuid)\\s*(not\\s+null|null|,|\\))")),
            Map.entry("system-versioned tables", Pattern.compile("(?i)\\bwith\\s+system\\s+versioning\\b")),
            Map.entry("LIMIT ROWS EXAMINED", Pattern.compile("(?i)\\brows\\s+examined\\b")),
            Map.entry("WAIT n on a lock", Pattern.compile("(?i)\\bfor\\s+update\\s+wait\\s+\\d")),
            Map.entry("Oracle-mode functions", Pattern.compile("(?i)\\b(nvl|nvl2|to_char|decode_oracle|add_months|sys_guid)\\s*\\(")),
            Map.entry("MariaDB-only engines", Pattern.compile("(?i)\\bengine\\s*=\\s*(aria|columnstore|myisam|connect|spider)\\b")),
            Map.entry("MariaDB 11 collations", Pattern.compile("(?i)\\buca1400\\b")),
            Map.entry("MariaDB executable comments", Pattern.compile("/\\*M!")),
            Map.entry("ALTER … ALGORITHM=NOCOPY", Pattern.compile("(?i)\\balgorithm\\s*=\\s*nocopy\\b")),
            Map.entry("an expression default without parentheses (MySQL needs DEFAULT (expr))", Pattern.compile(
                    "(?i)\\bdefault\\s+(?!current_timestamp|now\\s*\\(|localtimestamp)[a-z_]+\\s*\\(")));

    @Test
    void migrationsAndQueriesUseNothingMySql84Lacks() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources/db"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql") || f.toString().endsWith(".java")).toList()) {
                    findings.addAll(findingsIn(file));
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theGrepFindsWhatItLooksFor() {
        String mariaDbOnly = """
                INSERT INTO referral (id) VALUES (1) RETURNING id;
                ALTER TABLE referral ADD COLUMN IF NOT EXISTS note TEXT;
                CREATE TABLE t (id UUID NOT NULL, made DATETIME DEFAULT uuid());
                SELECT NVL(a, b) FROM t FOR UPDATE WAIT 5;
                """;
        String portable = """
                CREATE TABLE IF NOT EXISTS t (id BIGINT, made TIMESTAMP(6) DEFAULT CURRENT_TIMESTAMP(6), k CHAR(36) DEFAULT (uuid()));
                INSERT INTO t (id) VALUES (1) ON DUPLICATE KEY UPDATE id = VALUES(id);
                SELECT id FROM t FOR UPDATE SKIP LOCKED;
                """;

        assertThat(reasons(mariaDbOnly)).contains("INSERT/DELETE … RETURNING",
                "IF [NOT] EXISTS on a column, index, key or constraint", "MariaDB column types INET4/INET6/UUID",
                "Oracle-mode functions", "WAIT n on a lock",
                "an expression default without parentheses (MySQL needs DEFAULT (expr))");
        assertThat(reasons(portable)).isEmpty();
    }

    private static List<String> findingsIn(Path file) throws IOException {
        List<String> findings = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            reasons(lines.get(i)).forEach(reason -> findings.add(file + ":" + line + " " + reason));
        }
        return findings;
    }

    private static List<String> reasons(String text) {
        return MARIADB_ONLY.entrySet().stream().filter(rule -> rule.getValue().matcher(text).find())
                .map(Map.Entry::getKey).sorted().toList();
    }
}
