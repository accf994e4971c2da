package jp.renkei.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.bench.BenchmarkReport;
import jp.renkei.bench.NationalLoad;
import jp.renkei.shared.JapanTime;

/**
 * Run by {@code -Pbench} (see README "Benchmarks"), never by the default test command. On the national dataset
 * (1,000,000 referrals at scale 1) it times, through the real service (tenant filter, security, mapping), the first
 * page of the busiest coordinator's inbox (N-0000) under several filters and a deep page at offset 50,000 (by offset,
 * and by keyset from a bookmark as the scrolled grid asks for it); then, in
 * SQL of the same shape as the list query, the naive deep page against a deferred join and a keyset page, and the
 * count the list does not do, each with its EXPLAIN.
 */
@RenkeiIntegrationTest
class ReferralListBenchmark {

    private static final int ROUNDS = 30;
    /** 50,000, or half the inbox on a small run. */
    private int deepOffset;
    private static final String BUSIEST_COORDINATOR = "n0000";
    /** The referrer at N-0100, the liaison hospital with the most patients. */
    private static final String BUSIEST_REFERRER = "n0300";

    @Autowired
    ReferralService referrals;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    Clock clock;

    @Test
    void listsOnTheNationalDataset() {
        NationalLoad.ensure(dataSource, clock);
        long inboxRows = jdbc.queryForObject("select count(*) from referral r join hospital h "
                + "on h.id = r.partner_hospital_id where h.code = 'N-0000'", Long.class);
        long allRows = jdbc.queryForObject("select count(*) from referral", Long.class);
        BenchmarkReport report = new BenchmarkReport("referral-list", "Referral list: %,d referrals, %,d in N-0000's inbox"
                .formatted(allRows, inboxRows), "what (50 rows a page)", "median", "p95", "max");
        deepOffset = (int) Math.min(50_000, inboxRows / 2);
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        Map<String, ReferralFilter> filters = new LinkedHashMap<>();
        filters.put("inbox, no filter (overdue first)", ReferralFilter.everything());
        filters.put("status = submitted", new ReferralFilter(Set.of(ReferralStatus.SUBMITTED), null, null, null, null, false));
        filters.put("overdue only", new ReferralFilter(Set.of(), null, null, null, null, true));
        filters.put("last 30 days + PAAD", new ReferralFilter(Set.of(), today.minusDays(30), today, "PAAD", null, false));
        filters.put("counseling requested", new ReferralFilter(Set.of(), null, null, null, RequestedService.GENETIC_COUNSELING, false));
        filters.put("patient ID prefix 0001234", new ReferralFilter(Set.of(), null, null, null, null, false, "0001234"));
        filters.put("patient kana サトウ", new ReferralFilter(Set.of(), null, null, null, null, false, "サトウ"));
        filters.put("patient kanji 佐藤", new ReferralFilter(Set.of(), null, null, null, null, false, "佐藤"));
        signIn.as(BUSIEST_COORDINATOR);
        for (Map.Entry<String, ReferralFilter> filter : filters.entrySet()) {
            report.row("service: first page, " + filter.getKey(),
                    NationalLoad.time(5, ROUNDS, () -> referrals.list(filter.getValue(), 0, 50)));
        }
        report.row("service: page at offset " + deepOffset + ", no filter, by OFFSET (no bookmark)",
                NationalLoad.time(1, 5, () -> referrals.list(ReferralFilter.everything(), deepOffset, 50)));
        // what the grid does when scrolled there: it holds the previous page's last row (ListBookmarks)
        ReferralSummary rowBefore = referrals.list(ReferralFilter.everything(), deepOffset - 1, 1).getFirst();
        ReferralListBookmark previousPage = new ReferralListBookmark(deepOffset, rowBefore);
        report.row("service: page at offset " + deepOffset + ", scrolled there (keyset from the previous page)",
                NationalLoad.time(5, ROUNDS, () -> referrals.list(ReferralFilter.everything(),
                        ReferralSort.NEWEST_ACTIVITY, false, deepOffset, 50, previousPage)));
        ReferralSummary jumpedFrom = referrals.list(ReferralFilter.everything(), deepOffset - 1_001, 1).getFirst();
        ReferralListBookmark thousandUp = new ReferralListBookmark(deepOffset - 1_000, jumpedFrom);
        report.row("service: page at offset " + deepOffset + ", jumped 1,000 rows past the last bookmark",
                NationalLoad.time(5, ROUNDS, () -> referrals.list(ReferralFilter.everything(),
                        ReferralSort.NEWEST_ACTIVITY, false, deepOffset, 50, thousandUp)));
        signIn.as(BUSIEST_REFERRER);
        report.row("service: referrer's own list (N-0100), first page",
                NationalLoad.time(5, ROUNDS, () -> referrals.list(ReferralFilter.everything(), 0, 50)));
        sqlShapes(report);
        report.write();
    }

    /** The list query's shape for the receiver's side (tenant filter, side, not a draft, not overdue). */
    private void sqlShapes(BenchmarkReport report) {
        long hospital = jdbc.queryForObject("select id from hospital where code = 'N-0000'", Long.class);
        String where = ("(r.origin_hospital_id = %1$d or r.partner_hospital_id = %1$d) and r.partner_hospital_id = %1$d "
                + "and r.status <> 'DRAFT' and (r.status <> 'SUBMITTED' or r.ack_due_at is null "
                + "or r.ack_due_at >= '%2$s')").formatted(hospital, clock.instant().toString().replace('T', ' ')
                .replace("Z", ""));
        String order = " order by r.updated_at desc, r.id desc";
        String first = "select r.* from referral r where " + where + order + " limit 50";
        String naive = "select r.* from referral r where " + where + order + " limit 50 offset " + deepOffset;
        String deferred = "select r.* from referral r join (select r.id from referral r where " + where + order
                + " limit 50 offset " + deepOffset + ") k on k.id = r.id" + order;
        Map<String, Object> last = jdbc.queryForMap("select r.updated_at, r.id from referral r where " + where + order
                + " limit 1 offset " + (deepOffset - 1));
        String keyset = "select r.* from referral r where " + where + " and (r.updated_at < '" + last.get("updated_at")
                + "' or (r.updated_at = '" + last.get("updated_at") + "' and r.id < " + last.get("id") + "))" + order
                + " limit 50";
        String count = "select count(*) from referral r where " + where;
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("SQL: first page", first);
        shapes.put("SQL: naive OFFSET " + deepOffset, naive);
        shapes.put("SQL: deferred join at OFFSET " + deepOffset, deferred);
        shapes.put("SQL: keyset page after row " + deepOffset + " (the application's query when scrolled)", keyset);
        shapes.put("SQL: count(*) of the inbox (the list never runs it)", count);
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            boolean slow = shape.getKey().contains("naive") || shape.getKey().contains("count");
            report.row(shape.getKey(), NationalLoad.time(slow ? 1 : 5, slow ? 5 : ROUNDS,
                    () -> jdbc.queryForList(shape.getValue())));
            report.note("EXPLAIN " + shape.getKey() + ":", shape.getValue() + "\n\n" + explain(shape.getValue()));
        }
    }

    private String explain(String sql) {
        List<Map<String, Object>> plan = jdbc.queryForList("explain " + sql);
        return plan.stream().map(row -> row.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }
}
