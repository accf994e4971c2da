package jp.renkei.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What the benchmarks share: the national dataset, generated once per test JVM into the embedded database as its
 * owner (root, as an operator's bulk load would run), and timing in medians. Scale and seed come from
 * {@code -Dnational.scale} (default 1) and {@code -Dnational.seed}.
 */
public final class NationalLoad {

    public static final double SCALE = Double.parseDouble(System.getProperty("national.scale", "1"));
    static final long BUFFER_POOL_BYTES = 1L << 30;
    public static final long SEED = Long.getLong("national.seed", 20261130L);

    private NationalLoad() {
    }

    /** Generates unless an earlier benchmark in this JVM already did; returns the receivers' busiest coordinator. */
    public static synchronized void ensure(DataSource appDataSource, Clock clock) {
        JdbcTemplate jdbc = new JdbcTemplate(appDataSource);
        if (jdbc.queryForObject("select count(*) from hospital where code = 'N-0000'", Long.class) > 0) {
            return;
        }
        DataSource owner = new DriverManagerDataSource(((HikariDataSource) appDataSource).getJdbcUrl(), "root", "");
        // the embedded server starts with MariaDB's 128 MiB pool: a million rows with fifteen indexes then crawl
        // (~2,000 rows/s); a real server for 280 hospitals would give InnoDB a few GiB
        new JdbcTemplate(owner).execute("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL_BYTES);
        NationalDataGenerator generator = new NationalDataGenerator(SEED, SCALE, clock.instant());
        long started = System.nanoTime();
        generator.generate(owner);
        generator.analyze(owner);
        BenchmarkReport report = new BenchmarkReport("national-data",
                "National dataset, scale %s, seed %d: %.0f s in all".formatted(SCALE, SEED,
                        (System.nanoTime() - started) / 1e9), "table(s)", "load time");
        generator.timings().forEach((table, took) -> report.row(table, "%.1f s".formatted(took.toMillis() / 1000.0)));
        report.write();
    }

    /** Median, p95 and max in milliseconds after {@code warmUps} unmeasured calls. */
    public static Timing time(int warmUps, int rounds, Supplier<?> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return new Timing(millis.get(rounds / 2), millis.get(Math.max(0, (int) Math.ceil(rounds * 0.95) - 1)),
                millis.get(rounds - 1));
    }

    public record Timing(double median, double p95, double max) {
        @Override
        public String toString() {
            return "%.1f ms | %.1f ms | %.1f ms".formatted(median, p95, max);
        }
    }
}
