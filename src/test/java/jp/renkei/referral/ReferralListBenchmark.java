package jp.renkei.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;

/**
 * Run by {@code -Pbench} (see README "Benchmarks"); the default build runs it at 1/1000 as a smoke (no timing
 * asserted, only that what is timed returns the same rows each way). On the national dataset
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
        assertThat(referrals.list(ReferralFilter.everything(), 0, 50)).as("the inbox's first page")
                .hasSize((int) Math.min(50, inboxRows));
        for (Map.Entry<String, ReferralFilter> filter : filters.entrySet()) {
            report.row("service: first page, " + filter.getKey(),
                    NationalLoad.time(5, ROUNDS, () -> referrals.list(filter.getValue(), 0, 50)));
        }
        report.row("service: page at offset " + deepOffset + ", no filter, by OFFSET (no bookmark)",
                NationalLoad.time(1, 5, () -> referrals.list(ReferralFilter.everything(), deepOffset, 50)));
        // what the grid does when scrolled there: it holds the previous page's last row (ListBookmarks)
        ReferralSummary rowBefore = referrals.list(ReferralFilter.everything(), deepOffset - 1, 1).getFirst();
        ReferralListBookmark previousPage = new ReferralListBookmark(deepOffset, rowBefore);
        List<ReferralId> byOffset = ids(referrals.list(ReferralFilter.everything(), deepOffset, 50));
        // what is timed must be the same page: the keyset read from a bookmark returns the OFFSET page's rows
        assertThat(ids(referrals.list(ReferralFilter.everything(), ReferralSort.NEWEST_ACTIVITY, false, deepOffset,
                50, previousPage))).as("the deep page scrolled to").isEqualTo(byOffset).isNotEmpty();
        report.row("service: page at offset " + deepOffset + ", scrolled there (keyset from the previous page)",
                NationalLoad.time(5, ROUNDS, () -> referrals.list(ReferralFilter.everything(),
                        ReferralSort.NEWEST_ACTIVITY, false, deepOffset, 50, previousPage)));
        int jump = Math.min(1_000, deepOffset / 2); // 1,000, or less on a small run
        ReferralSummary jumpedFrom = referrals.list(ReferralFilter.everything(), deepOffset - jump - 1, 1).getFirst();
        ReferralListBookmark thousandUp = new ReferralListBookmark(deepOffset - jump, jumpedFrom);
        assertThat(ids(referrals.list(ReferralFilter.everything(), ReferralSort.NEWEST_ACTIVITY, false, deepOffset,
                50, thousandUp))).as("the deep page jumped to").isEqualTo(byOffset);
        report.row("service: page at offset %d, jumped %,d rows past the last bookmark".formatted(deepOffset, jump),
                NationalLoad.time(5, ROUNDS, () -> referrals.list(ReferralFilter.everything(),
                        ReferralSort.NEWEST_ACTIVITY, false, deepOffset, 50, thousandUp)));
        signIn.as(BUSIEST_REFERRER);
        report.row("service: referrer's own list (N-0100), first page",
                NationalLoad.time(5, ROUNDS, () -> referrals.list(ReferralFilter.everything(), 0, 50)));
        sqlShapes(report);
        assertThat(report.write()).as("one row per list read and SQL shape").hasSize(filters.size() + 9);
    }

    private static List<ReferralId> ids(List<ReferralSummary> page) {
        return page.stream().map(ReferralSummary::id).toList();
    }

    /**
     * The list query of the receiver's side (not a draft, not overdue), built by the application's own
     * {@link ReferralListSql}, against the deep-page alternatives.
     */
    private void sqlShapes(BenchmarkReport report) {
        HospitalId hospital = HospitalId.of(jdbc.queryForObject("select id from hospital where code = 'N-0000'",
                Long.class));
        ReferralListSql.Condition where = ReferralListSql.of(hospital, false, ReferralFilter.everything(),
                clock.instant(), JapanTime.ZONE, ReferralListSql.Lateness.NOT_OVERDUE);
        String order = " order by " + ReferralListSql.orderBy(ReferralSort.NEWEST_ACTIVITY, false);
        String first = "select * from referral where " + where.sql() + order + " limit 50";
        String naive = "select * from referral where " + where.sql() + order + " limit 50 offset " + deepOffset;
        String deferred = "select r.* from referral r join (select id from referral where " + where.sql() + order
                + " limit 50 offset " + deepOffset + ") k on k.id = r.id order by r.updated_at desc, r.id desc";
        Map<String, Object> last = jdbc.queryForMap("select id, updated_at from referral where " + where.sql() + order
                + " limit 1 offset " + (deepOffset - 1), where.parameters().toArray());
        ReferralListSql.Condition sought = where.and(ReferralListSql.after(ReferralSort.NEWEST_ACTIVITY, false,
                new ReferralId(((Number) last.get("id")).longValue()),
                ((LocalDateTime) last.get("updated_at")).toInstant(ZoneOffset.UTC)));
        String keyset = "select * from referral where " + sought.sql() + order + " limit 50";
        String count = "select count(*) from referral where " + where.sql();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapes.put("SQL: first page", new Shape(first, where.parameters()));
        shapes.put("SQL: naive OFFSET " + deepOffset, new Shape(naive, where.parameters()));
        shapes.put("SQL: deferred join at OFFSET " + deepOffset, new Shape(deferred, where.parameters()));
        shapes.put("SQL: keyset page after row " + deepOffset + " (the application's query when scrolled)",
                new Shape(keyset, sought.parameters()));
        shapes.put("SQL: count(*) of the inbox (the list never runs it)", new Shape(count, where.parameters()));
        for (Map.Entry<String, Shape> shape : shapes.entrySet()) {
            boolean slow = shape.getKey().contains("naive") || shape.getKey().contains("count");
            Shape query = shape.getValue();
            report.row(shape.getKey(), NationalLoad.time(slow ? 1 : 5, slow ? 5 : ROUNDS,
                    () -> jdbc.queryForList(query.sql(), query.parameters().toArray())));
            report.note("EXPLAIN " + shape.getKey() + ":", query.sql() + "\n" + query.parameters() + "\n\n"
                    + explain(query));
        }
    }

    private record Shape(String sql, List<Object> parameters) {
    }

    private String explain(Shape query) {
        List<Map<String, Object>> plan = jdbc.queryForList("explain " + query.sql(), query.parameters().toArray());
        return plan.stream().map(row -> row.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }
}
