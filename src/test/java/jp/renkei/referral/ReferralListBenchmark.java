package jp.renkei.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;

/**
 * Not part of the test suite (the name matches no Surefire include). Rerun with
 * {@code ./mvnw -DskipE2E -Dtest=ReferralListBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}:
 * loads 1,000,000 referrals with {@code benchmark/referrals-1m.sql}, then times the first page of the
 * coordinator's inbox through the real service (tenant filter, security, mapping) for several filters.
 */
@RenkeiIntegrationTest
class ReferralListBenchmark {

    private static final int ROUNDS = 30;

    @Autowired
    ReferralService referrals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    @Test
    void firstPageOfFilteredListsOnAMillionReferrals() throws Exception {
        long started = System.nanoTime();
        try (var connection = jdbc.getDataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("benchmark/referrals-1m.sql"));
        }
        long rows = jdbc.queryForObject("select count(*) from referral", Long.class);
        System.out.printf("%nLoaded %,d referrals in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        signIn.as("coordinator");
        Map<String, ReferralFilter> filters = new java.util.LinkedHashMap<>();
        filters.put("inbox, no filter", ReferralFilter.everything());
        filters.put("status = SUBMITTED", new ReferralFilter(Set.of(ReferralStatus.SUBMITTED), null, null, null, null, false));
        filters.put("overdue only", new ReferralFilter(Set.of(), null, null, null, null, true));
        filters.put("last 30 days + PAAD", new ReferralFilter(Set.of(), LocalDate.now().minusDays(30), LocalDate.now(),
                "PAAD", null, false));
        filters.put("counseling requested", new ReferralFilter(Set.of(), null, null, null, RequestedService.GENETIC_COUNSELING, false));
        // patient search: one prefix range on (hospital, column); the demo patients are the selective case
        filters.put("patient ID S-100231", new ReferralFilter(Set.of(), null, null, null, null, false, "S-100231"));
        filters.put("patient kana あおき", new ReferralFilter(Set.of(), null, null, null, null, false, "あおき"));
        filters.put("patient kanji 青木", new ReferralFilter(Set.of(), null, null, null, null, false, "青木"));
        for (Map.Entry<String, ReferralFilter> filter : filters.entrySet()) {
            report(filter.getKey(), () -> referrals.list(filter.getValue(), 0, 50));
        }
        signIn.as("liaison");
        report("referrer's own list (相模野)", () -> referrals.list(ReferralFilter.everything(), 0, 50));
    }

    private static void report(String name, Supplier<List<ReferralSummary>> page) {
        for (int i = 0; i < 5; i++) {
            page.get();
        }
        List<Double> millis = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            size = page.get().size();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-32s first page (%d rows): median %.1f ms, p95 %.1f ms, max %.1f ms%n", name, size,
                millis.get(ROUNDS / 2), millis.get((int) (ROUNDS * 0.95) - 1), millis.get(ROUNDS - 1));
    }
}
