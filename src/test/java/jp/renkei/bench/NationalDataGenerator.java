package jp.renkei.bench;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the database with a synthetic national network on top of what is there (the demo network stays): 300
 * hospitals (30 core, 70 designated, 200 liaison, each liaison partnered with one or two receivers, sizes skewed so
 * that receiver N-0000 is the busiest), 5,000 users with memberships, and at scale 1: 1,000,000 referrals over ten
 * years (750,000 patients), 300,000 counseling bookings, 100,000 panel cases with 1–4 variants each, and a C-CAT
 * test with its seven milestones for every referral that got as far as a test order.
 *
 * <p>Bulk only: every table is one {@code INSERT ... SELECT} over a number table, every "random" choice an MD5 of
 * the seed and the row number, so the same seed and scale give the same rows on an empty schema. Statuses follow
 * the dates (a referral two days old is still submitted, one older than three months is closed or declined; a
 * booking in the future is booked or cancelled). All helper tables are TEMPORARY, so everything runs on one
 * connection: inside a test transaction the whole load rolls back.
 *
 * <p>Not generated (the screens show them empty for generated rows): referral timelines and attachments, booking
 * history, panel meetings and members, C-CAT follow-ups and claims.
 */
public final class NationalDataGenerator {

    static final int HOSPITALS = 300;
    static final int RECEIVERS = 100;
    static final int CORE = 30;
    static final int USERS = 5_000;
    /** The demo password (Renkei-Demo-2026): a generated coordinator can sign in and look at the load. */
    private static final String PASSWORD_HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org"
            + "$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU";
    private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県",
            "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県",
            "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
            "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県",
            "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");
    private static final List<String> SURNAMES = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村",
            "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水");
    private static final List<String> SURNAMES_KANA = List.of("サトウ", "スズキ", "タカハシ", "タナカ", "イトウ",
            "ワタナベ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト",
            "イノウエ", "キムラ", "ハヤシ", "サイトウ", "シミズ");
    /** The first eight are men's names, the rest women's: the patient's sex follows the name. */
    private static final List<String> GIVEN = List.of("健一", "誠", "大輔", "翔太", "浩", "隆", "修", "和夫", "恵子",
            "裕子", "美香", "陽子", "直美", "幸子", "由美", "明美");
    private static final List<String> GIVEN_KANA = List.of("ケンイチ", "マコト", "ダイスケ", "ショウタ", "ヒロシ", "タカシ",
            "オサム", "カズオ", "ケイコ", "ユウコ", "ミカ", "ヨウコ", "ナオミ", "サチコ", "ユミ", "アケミ");
    private static final List<String> CANCER_TYPES = List.of("LUAD", "COAD", "PAAD", "BRCA", "STAD", "IHCH", "PRAD",
            "HGSOC");
    private static final List<String> SUMMARIES = List.of("標準治療終了後に増悪。全身状態は保たれている。",
            "二次治療中に肝転移が増大。遺伝子パネル検査を希望。", "術後再発。家族歴あり（母：乳がん）。",
            "標準治療がなく、治験の可能性を相談したい。");
    private static final List<String> TEST_IDS = List.of("F1CDX", "F1LCDX", "NCC_ONCOPANEL", "GENMINETOP",
            "GUARDANT360_CDX");
    private static final List<String> TEST_NAMES = List.of("FoundationOne CDx がんゲノムプロファイル",
            "FoundationOne Liquid CDx がんゲノムプロファイル", "OncoGuide NCCオンコパネル システム",
            "GenMineTOP がんゲノムプロファイリングシステム", "Guardant360 CDx がん遺伝子パネル");
    private static final List<String> TEST_SAMPLES = List.of("TISSUE", "BLOOD", "TISSUE_WITH_MATCHED_BLOOD",
            "TISSUE_WITH_MATCHED_BLOOD", "BLOOD");
    // one variant per index: gene, alteration, evidence level ('' = none), therapy, route
    private static final List<String> GENES = List.of("KRAS", "KRAS", "EGFR", "EGFR", "TP53", "PIK3CA", "BRAF",
            "ERBB2", "BRCA2", "BRCA1", "CDKN2A", "NTRK1");
    private static final List<String> ALTERATIONS = List.of("G12D", "G12C", "L858R", "exon 19 deletion", "R273H",
            "H1047R", "V600E", "amplification", "c.5946del", "c.188T>A", "homozygous deletion", "TPM3-NTRK1 fusion");
    private static final List<String> LEVELS = List.of("", "B", "A", "A", "", "C", "A", "B", "A", "A", "", "A");
    private static final List<String> THERAPIES = List.of("", "ソトラシブ", "オシメルチニブ", "オシメルチニブ", "",
            "治験（PI3K阻害薬）", "ダブラフェニブ＋トラメチニブ", "トラスツズマブ デルクステカン", "オラパリブ", "オラパリブ", "",
            "エヌトレクチニブ");
    private static final List<String> ROUTES = List.of("NONE", "APPROVED", "APPROVED", "APPROVED", "NONE",
            "CLINICAL_TRIAL", "APPROVED", "OFF_LABEL", "APPROVED", "APPROVED", "NONE", "APPROVED");

    private final long seed;
    private final double scale;
    private final String now;
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private JdbcTemplate jdbc;

    /**
     * @param scale 1.0 for the national volumes; hospitals and users stay at full size at any scale
     * @param now   the application clock's instant: statuses and dates are relative to it
     */
    public NationalDataGenerator(long seed, double scale, Instant now) {
        this.seed = seed;
        this.scale = scale;
        this.now = "TIMESTAMP'" + LocalDateTime.ofInstant(now, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "'";
    }

    public int referrals() {
        return Math.max(1, (int) Math.round(1_000_000 * scale));
    }

    int patients() {
        return Math.max(1, referrals() * 3 / 4);
    }

    int bookings() {
        return (int) Math.round(300_000 * scale);
    }

    int panelCases() {
        return (int) Math.round(100_000 * scale);
    }

    /** Loads everything on one connection (the transaction's, if there is one); returns the time per table. */
    public Map<String, Duration> generate(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            load();
            return Map.copyOf(timings);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public Map<String, Duration> timings() {
        return timings;
    }

    private void load() {
        step("number table", this::numbers);
        step("hospital + partnership", this::hospitals);
        step("user_account + membership + counselor", this::users);
        step("patient", this::patients_);
        long firstReferral = jdbc.queryForObject("select coalesce(max(id), 0) from referral", Long.class);
        step("referral", this::referrals_);
        step("counseling_booking", this::bookings_);
        long firstCase = jdbc.queryForObject("select coalesce(max(id), 0) from panel_case", Long.class);
        step("expert_panel + panel_case", () -> panelCases_(firstReferral));
        step("panel_case_variant", () -> variants(firstCase));
        long firstTest = jdbc.queryForObject("select coalesce(max(id), 0) from ccat_test", Long.class);
        step("ccat_test", () -> tests(firstReferral));
        step("ccat_milestone", () -> milestones(firstTest));
        for (String helper : List.of("national_digit", "national_seq", "national_hospital", "national_liaison",
                "national_user", "national_receiver", "national_step")) {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS " + helper);
        }
    }

    /** Fresh statistics so the first benchmark query gets the plan production would (implicitly commits). */
    public void analyze(DataSource dataSource) {
        step("ANALYZE", () -> new JdbcTemplate(dataSource).execute("ANALYZE TABLE hospital, partnership, user_account, membership, patient, "
                + "referral, counseling_booking, panel_case, panel_case_variant, ccat_test, ccat_milestone"));
    }

    private void step(String table, Runnable work) {
        long started = System.nanoTime();
        work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        timings.put(table, took);
        System.out.printf("national data: %-40s %8.1f s%n", table, took.toMillis() / 1000.0);
    }

    private void numbers() {
        jdbc.execute("CREATE TEMPORARY TABLE national_digit (d INT NOT NULL PRIMARY KEY)");
        jdbc.execute("INSERT INTO national_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        jdbc.execute("CREATE TEMPORARY TABLE national_seq (n INT NOT NULL PRIMARY KEY)");
        int size = Math.max(Math.max(referrals(), bookings()), USERS);
        int digits = String.valueOf(size - 1).length();
        StringBuilder sum = new StringBuilder("d0.d");
        StringBuilder from = new StringBuilder("national_digit d0");
        for (int i = 1; i < digits; i++) {
            sum.append(" + ").append((long) Math.pow(10, i)).append(" * d").append(i).append(".d");
            from.append(", national_digit d").append(i);
        }
        jdbc.execute("INSERT INTO national_seq SELECT " + sum + " AS n FROM " + from + " HAVING n < " + size);
    }

    private void hospitals() {
        jdbc.execute("""
                INSERT INTO hospital (code, name_ja, name_en, tier, panel_capable, prefecture_code, created_at)
                SELECT CONCAT('N-', LPAD(n, 4, '0')),
                       CONCAT(%s, CASE WHEN n < %d THEN '大学病院' WHEN n < %d THEN 'がんセンター' ELSE '市民病院' END,
                              ' ', LPAD(n, 4, '0')),
                       CONCAT('National test hospital ', LPAD(n, 4, '0')),
                       CASE WHEN n < %d THEN 'CORE' WHEN n < %d THEN 'DESIGNATED' ELSE 'LIAISON' END,
                       n < %d, LPAD(1 + n %% 47, 2, '0'), TIMESTAMPADD(YEAR, -11, %s)
                FROM national_seq WHERE n < %d
                """.formatted(elt("n % 47", PREFECTURES), CORE, RECEIVERS, CORE, RECEIVERS, RECEIVERS, now,
                HOSPITALS));
        jdbc.execute("""
                CREATE TEMPORARY TABLE national_hospital (idx INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)
                SELECT CAST(SUBSTRING(code, 3) AS UNSIGNED) AS idx, id FROM hospital WHERE code LIKE 'N-%'
                """);
        // liaisons N-0100..N-0199 each send to "their" receiver (every receiver has at least one sender); the
        // other hundred pick a receiver with a strong skew towards N-0000; half of all liaisons have a second one
        jdbc.execute("""
                CREATE TEMPORARY TABLE national_liaison (idx INT NOT NULL PRIMARY KEY, hospital_id BIGINT NOT NULL,
                    primary_id BIGINT NOT NULL, secondary_id BIGINT)
                SELECT l.idx, l.id AS hospital_id, p.id AS primary_id, s.id AS secondary_id
                FROM (SELECT idx, id,
                             IF(idx < %2$d, idx - %1$d, FLOOR(%1$d * POW(%3$s, 3))) AS primary_idx,
                             %4$s AS second_pick
                      FROM national_hospital WHERE idx >= %1$d) l
                JOIN national_hospital p ON p.idx = l.primary_idx
                LEFT JOIN national_hospital s
                  ON l.second_pick < 0.5 AND s.idx = MOD(l.primary_idx + 1 + FLOOR(%5$s * %6$d), %1$d)
                """.formatted(RECEIVERS, 2 * RECEIVERS, random("primary", "idx"), random("second", "idx"),
                random("secondary", "l.idx"), RECEIVERS - 1));
        jdbc.execute("""
                INSERT INTO partnership (liaison_hospital_id, partner_hospital_id, since, created_at)
                SELECT hospital_id, primary_id, DATE(TIMESTAMPADD(DAY, -3650 - idx, %1$s)), %1$s FROM national_liaison
                UNION ALL
                SELECT hospital_id, secondary_id, DATE(TIMESTAMPADD(DAY, -1000 - idx, %1$s)), %1$s
                FROM national_liaison WHERE secondary_id IS NOT NULL
                """.formatted(now));
    }

    /**
     * Users 0–99 coordinate at receiver u, 100–199 counsel at receiver u-100 (a quarter also at the next one),
     * 200–299 sit on receiver u-200's panel, 300–499 refer from liaison u-200; the rest spread with a skew.
     */
    private void users() {
        String hospital = "CASE WHEN n < 300 THEN n %% 100 WHEN n < 500 THEN n - 200 ELSE FLOOR(%d * POW(%s, 2)) END"
                .formatted(HOSPITALS, random("user-hospital", "n"));
        jdbc.execute("""
                CREATE TEMPORARY TABLE national_user (u INT NOT NULL PRIMARY KEY, hospital_idx INT NOT NULL,
                    role VARCHAR(30) NOT NULL, name VARCHAR(200) NOT NULL, id BIGINT)
                SELECT u, h AS hospital_idx,
                       CASE WHEN u < 100 THEN 'CORE_COORDINATOR' WHEN u < 200 THEN 'GENETIC_COUNSELOR'
                            WHEN u < 300 THEN 'PANEL_MEMBER' WHEN u < 500 THEN 'LIAISON_CLINICIAN'
                            WHEN h >= %d THEN IF(pick < 0.9, 'LIAISON_CLINICIAN', 'HOSPITAL_ADMIN')
                            ELSE ELT(1 + FLOOR(pick * 5), 'CORE_COORDINATOR', 'GENETIC_COUNSELOR', 'PANEL_MEMBER',
                                     'PANEL_MEMBER', 'HOSPITAL_ADMIN') END AS role,
                       CONCAT(%s, ' ', %s) AS name, CAST(NULL AS SIGNED) AS id
                FROM (SELECT n AS u, %s AS h, %s AS pick FROM national_seq WHERE n < %d) x
                """.formatted(RECEIVERS, elt("u % 20", SURNAMES), elt("u % 16", GIVEN), hospital,
                random("user-role", "n"), USERS));
        jdbc.execute("""
                INSERT INTO user_account (username, display_name, email, password_hash, enabled, created_at)
                SELECT CONCAT('n', LPAD(u, 4, '0')), name, CONCAT('n', LPAD(u, 4, '0'), '@national.example.jp'),
                       '%s', TRUE, TIMESTAMPADD(YEAR, -10, %s)
                FROM national_user
                """.formatted(PASSWORD_HASH, now));
        jdbc.execute("""
                UPDATE national_user nu JOIN user_account a ON a.username = CONCAT('n', LPAD(nu.u, 4, '0'))
                SET nu.id = a.id
                """);
        jdbc.execute("""
                INSERT INTO membership (user_id, hospital_id, role, created_at)
                SELECT nu.id, h.id, nu.role, TIMESTAMPADD(YEAR, -10, %1$s)
                FROM national_user nu JOIN national_hospital h ON h.idx = nu.hospital_idx
                UNION ALL
                SELECT nu.id, h.id, 'GENETIC_COUNSELOR', TIMESTAMPADD(YEAR, -5, %1$s)
                FROM national_user nu JOIN national_hospital h ON h.idx = MOD(nu.u - 99, %2$d)
                WHERE nu.u BETWEEN 100 AND 199 AND nu.u %% 4 = 0
                """.formatted(now, RECEIVERS));
        jdbc.execute("""
                INSERT INTO counselor (hospital_id, user_id, display_name, email, qualification, languages, created_at)
                SELECT m.hospital_id, m.user_id, nu.name, CONCAT('n', LPAD(nu.u, 4, '0'), '@national.example.jp'),
                       IF(nu.u %% 3 = 0, 'CLINICAL_GENETICIST', 'CERTIFIED_GENETIC_COUNSELOR'), '日本語', %s
                FROM membership m JOIN national_user nu ON nu.id = m.user_id
                WHERE m.role = 'GENETIC_COUNSELOR'
                """.formatted(now));
        jdbc.execute("""
                INSERT INTO counselor_window (counselor_id, position, day_of_week, start_time, end_time)
                SELECT c.id, d.d, ELT(1 + d.d, 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'),
                       '09:00:00', '16:00:00'
                FROM counselor c JOIN national_user nu ON nu.id = c.user_id JOIN national_digit d ON d.d < 5
                """);
        // per receiver: its coordinator, its first counselor, its own liaison (N-0100 + idx) and that one's referrer
        jdbc.execute("""
                CREATE TEMPORARY TABLE national_receiver (idx INT NOT NULL PRIMARY KEY, hospital_id BIGINT NOT NULL,
                    coordinator_id BIGINT NOT NULL, coordinator_name VARCHAR(200) NOT NULL,
                    counselor_id BIGINT NOT NULL, counselor_user_id BIGINT NOT NULL, liaison_id BIGINT NOT NULL,
                    referrer_id BIGINT NOT NULL, referrer_name VARCHAR(200) NOT NULL, panel_id BIGINT)
                SELECT h.idx, h.id AS hospital_id, co.id AS coordinator_id, co.name AS coordinator_name,
                       c.id AS counselor_id, c.user_id AS counselor_user_id, l.id AS liaison_id,
                       r.id AS referrer_id, r.name AS referrer_name, CAST(NULL AS SIGNED) AS panel_id
                FROM national_hospital h
                JOIN national_user co ON co.u = h.idx
                JOIN national_user cu ON cu.u = h.idx + 100
                JOIN counselor c ON c.user_id = cu.id AND c.hospital_id = h.id
                JOIN national_hospital l ON l.idx = h.idx + %1$d
                JOIN national_user r ON r.u = h.idx + 300
                WHERE h.idx < %1$d
                """.formatted(RECEIVERS));
    }

    /** Each patient belongs to one liaison hospital, skewed: N-0100 has the most. */
    private void patients_() {
        jdbc.execute("""
                INSERT INTO patient (hospital_id, hospital_patient_id, name_kanji, name_kana, birth_date, sex, created_at)
                SELECT l.hospital_id, LPAD(s.n, 8, '0'), CONCAT(%s, '　', %s), CONCAT(%s, ' ', %s),
                       DATE(TIMESTAMPADD(DAY, -FLOOR(11000 + %s * 18000), %s)), IF(%s < 8, 'MALE', 'FEMALE'),
                       TIMESTAMPADD(YEAR, -10, %s)
                FROM national_seq s JOIN national_liaison l ON l.idx = %s
                WHERE s.n < %d
                """.formatted(elt("s.n % 20", SURNAMES), elt("FLOOR(s.n / 20) % 16", GIVEN),
                elt("s.n % 20", SURNAMES_KANA), elt("FLOOR(s.n / 20) % 16", GIVEN_KANA), random("birth", "s.n"),
                now, "FLOOR(s.n / 20) % 16", now, patientLiaison("s.n"), patients()));
    }

    private String patientLiaison(String patient) {
        return "%d + FLOOR(%d * POW(%s, 2))".formatted(RECEIVERS, HOSPITALS - RECEIVERS,
                random("patient-liaison", patient));
    }

    /**
     * Referral n is for patient n mod P (a quarter of the patients come twice), sent from the patient's hospital to
     * one of its partners at a time skewed towards the present (volume grows over the ten years); the status
     * follows the age.
     */
    private void referrals_() {
        String plan = """
                SELECT s.n, s.n %% %1$d AS p, %2$s AS age, %3$s AS rs, %4$s < 0.3 AS cgp, %5$s < 0.5 AS panel,
                       %6$s < 0.2 AS couns, %7$s < 0.3 AS second
                FROM national_seq s WHERE s.n < %8$d
                """.formatted(patients(), "FLOOR(5256000 * (1 - SQRT(" + random("age", "s.n") + ")))",
                random("status", "s.n"), random("cgp", "s.n"), random("panel", "s.n"), random("counsel", "s.n"),
                random("partner", "s.n"), referrals());
        String status = """
                CASE WHEN age < 2880 THEN 'SUBMITTED'
                     WHEN age < 7200 THEN CASE WHEN rs < 0.1 THEN 'SUBMITTED' WHEN rs < 0.15 THEN 'RETURNED'
                                               ELSE 'ACCEPTED' END
                     WHEN age < 43200 THEN CASE WHEN rs < 0.05 THEN 'DECLINED' WHEN rs < 0.08 THEN 'WITHDRAWN'
                                                WHEN rs < 0.4 THEN 'ACCEPTED' WHEN rs < 0.75 OR NOT cgp THEN 'SCHEDULED'
                                                ELSE 'TEST_ORDERED' END
                     WHEN age < 129600 THEN CASE WHEN rs < 0.05 THEN 'DECLINED' WHEN rs < 0.1 THEN 'WITHDRAWN'
                                                 WHEN NOT cgp THEN 'CLOSED' WHEN rs < 0.5 THEN 'TEST_ORDERED'
                                                 ELSE 'RESULTS_RETURNED' END
                     ELSE CASE WHEN rs < 0.07 THEN 'DECLINED' WHEN rs < 0.12 THEN 'WITHDRAWN' ELSE 'CLOSED' END END
                """;
        String tested = "(x.status IN ('TEST_ORDERED', 'RESULTS_RETURNED') OR (x.status = 'CLOSED' AND x.cgp))";
        String scheduled = "(x.status = 'SCHEDULED' OR " + tested + ")";
        jdbc.execute("""
                INSERT INTO referral (origin_hospital_id, partner_hospital_id, patient_id, status, patient_hospital_pid,
                    patient_name_kanji, patient_name_kana, patient_birth_date, patient_sex, cancer_type_code, stage,
                    treatment_line, standard_treatment, ecog, clinical_summary, specimen_type, specimen_collected_on,
                    tumour_cellularity, block_available, wants_cgp, wants_counseling, wants_panel, referring_user_id,
                    referring_user_name, pending_question, scheduled_on, scheduled_time, scheduled_place, ordered_test,
                    submitted_at, ack_due_at, acknowledged_at, created_at, updated_at)
                SELECT l.hospital_id, IF(x.second AND l.secondary_id IS NOT NULL, l.secondary_id, l.primary_id), pt.id,
                       x.status, pt.hospital_patient_id, pt.name_kanji, pt.name_kana, pt.birth_date, pt.sex,
                       %1$s, ELT(1 + x.n %% 4, 'IIIB', 'IV', 'IV', 'IVB'), 1 + x.n %% 3,
                       ELT(1 + x.n %% 3, 'ENDED', 'EXPECTED_TO_END', 'NO_STANDARD_TREATMENT'), x.n %% 3, %2$s,
                       IF(x.n %% 7 = 0, 'BLOOD', 'FFPE_TISSUE'), DATE(TIMESTAMPADD(DAY, -30, x.submitted)),
                       IF(x.n %% 7 = 0, NULL, 20 + x.n %% 60), x.n %% 7 <> 0, x.cgp, x.couns, x.cgp AND x.panel,
                       r.id, r.name,
                       IF(x.status = 'RETURNED', '検体の採取日と腫瘍細胞割合をご確認ください。', NULL),
                       IF(%3$s, DATE(TIMESTAMPADD(DAY, 14, x.submitted)), NULL),
                       IF(%3$s, '10:00:00', NULL), IF(%3$s, 'がんゲノム外来', NULL),
                       IF(%4$s, %5$s, NULL),
                       x.submitted, TIMESTAMPADD(MINUTE, 2880, x.submitted),
                       IF(x.status = 'SUBMITTED', NULL, TIMESTAMPADD(MINUTE, 60 + x.n %% 1380, x.submitted)),
                       TIMESTAMPADD(MINUTE, -30, x.submitted),
                       LEAST(%6$s, TIMESTAMPADD(DAY, CASE x.status WHEN 'SUBMITTED' THEN 0 WHEN 'WITHDRAWN' THEN 1
                           WHEN 'SCHEDULED' THEN 3 WHEN 'TEST_ORDERED' THEN 14 WHEN 'RESULTS_RETURNED' THEN 42
                           WHEN 'CLOSED' THEN 60 ELSE 1 END, x.submitted))
                FROM (SELECT y.*, %7$s AS status, TIMESTAMPADD(MINUTE, -y.age, %6$s) AS submitted,
                             %8$s AS liaison_idx
                      FROM (%9$s) y) x
                JOIN national_liaison l ON l.idx = x.liaison_idx
                JOIN patient pt ON pt.hospital_id = l.hospital_id AND pt.hospital_patient_id = LPAD(x.p, 8, '0')
                JOIN national_user r ON r.u = x.liaison_idx + 200
                """.formatted(elt("x.n % 8", CANCER_TYPES), elt("x.n % 4", SUMMARIES), scheduled, tested,
                elt("x.n % 5", TEST_NAMES), now, status, patientLiaison("y.p"), plan));
    }

    private void bookings_() {
        int perCounselor = (int) Math.ceil(bookings() / (double) RECEIVERS);
        // counselor c's s-th booking: one a day or so (day = floor(1.2 s)), the last ones up to 60 days ahead;
        // 09:00–15:00 in Japan. The day strictly grows with s, so one person never holds two bookings at once.
        String start = "TIMESTAMPADD(HOUR, s %% 7, TIMESTAMPADD(DAY, FLOOR(s * 1.2) - %d, DATE(%s)))"
                .formatted((int) Math.floor(perCounselor * 1.2) - 60, now);
        jdbc.execute("""
                INSERT INTO counseling_booking (origin_hospital_id, partner_hospital_id, counselor_id, counselor_user_id,
                    patient_hospital_pid, patient_name, session_type, status, starts_at, ends_at, active_start,
                    video_url, ics_uid, booked_by_user_id, booked_by_name, outcome_further_testing,
                    outcome_family_counseling, created_at, updated_at)
                SELECT r.liaison_id, r.hospital_id, r.counselor_id, r.counselor_user_id, LPAD(x.n, 8, '0'),
                       CONCAT(%1$s, '　', %2$s), ELT(1 + FLOOR(x.pick * 4), 'PRE_TEST', 'PRE_TEST', 'RESULTS', 'FAMILY'),
                       x.status, x.starts_at, TIMESTAMPADD(HOUR, 1, x.starts_at),
                       IF(x.status = 'CANCELLED', NULL, x.starts_at),
                       CONCAT('https://meet.example.jp/national/', x.n), CONCAT('national-%3$d-', x.n, '@renkei.example.jp'),
                       r.referrer_id, r.referrer_name,
                       IF(x.status = 'COMPLETED', x.pick < 0.4, NULL), IF(x.status = 'COMPLETED', x.pick < 0.15, NULL),
                       TIMESTAMPADD(DAY, -14, x.starts_at), LEAST(%4$s, TIMESTAMPADD(HOUR, 1, x.starts_at))
                FROM (SELECT y.*, CASE WHEN y.starts_at > %4$s THEN IF(y.st < 0.1, 'CANCELLED', 'BOOKED')
                                       WHEN y.st < 0.85 THEN 'COMPLETED' WHEN y.st < 0.95 THEN 'CANCELLED'
                                       ELSE 'NO_SHOW' END AS status
                      FROM (SELECT n, n %% %5$d AS c, %6$s AS starts_at, %7$s AS st, %8$s AS pick
                            FROM (SELECT n, FLOOR(n / %5$d) AS s FROM national_seq WHERE n < %9$d) q) y) x
                JOIN national_receiver r ON r.idx = x.c
                """.formatted(elt("x.n % 20", SURNAMES), elt("FLOOR(x.n / 20) % 16", GIVEN), seed, now, RECEIVERS,
                start, random("booking-status", "n"), random("booking-kind", "n"), bookings()));
    }

    /** One solid-tumour panel per receiver; cases for tested referrals that asked for a panel, oldest first. */
    private void panelCases_(long firstReferral) {
        jdbc.execute("""
                INSERT INTO expert_panel (hospital_id, name, tumour_category, in_house_sequencing, created_at)
                SELECT hospital_id, 'がんゲノム医療エキスパートパネル', 'SOLID', idx < 10, TIMESTAMPADD(YEAR, -10, %s)
                FROM national_receiver
                """.formatted(now));
        jdbc.execute("""
                UPDATE national_receiver r JOIN expert_panel p ON p.hospital_id = r.hospital_id
                                             AND p.name = 'がんゲノム医療エキスパートパネル'
                SET r.panel_id = p.id
                """);
        jdbc.execute("""
                INSERT INTO panel_case (origin_hospital_id, partner_hospital_id, referral_id, panel_id, panel_name,
                    meeting_starts_at, cancer_type_code, accepted_at, created_at, status, concluded_at, reported_at,
                    explained_on, due_on)
                SELECT x.origin_hospital_id, x.partner_hospital_id, x.id, r.panel_id, 'がんゲノム医療エキスパートパネル',
                       x.meeting, x.cancer_type_code, x.acknowledged_at, x.acknowledged_at,
                       IF(x.status = 'CLOSED', 'EXPLAINED', 'REPORTED'), TIMESTAMPADD(HOUR, 2, x.meeting),
                       LEAST(%1$s, TIMESTAMPADD(DAY, 1, x.meeting)),
                       IF(x.status = 'CLOSED', DATE(TIMESTAMPADD(DAY, 10, x.meeting)), NULL),
                       DATE(TIMESTAMPADD(DAY, 28, x.acknowledged_at))
                FROM (SELECT rf.*, TIMESTAMPADD(DAY, 28, rf.submitted_at) AS meeting FROM referral rf
                      WHERE rf.id > %2$d AND rf.wants_panel AND rf.ordered_test IS NOT NULL
                        AND rf.status IN ('RESULTS_RETURNED', 'CLOSED')
                      ORDER BY rf.id LIMIT %3$d) x
                JOIN national_receiver r ON r.hospital_id = x.partner_hospital_id
                """.formatted(now, firstReferral, panelCases()));
    }

    private void variants(long firstCase) {
        String g = "FLOOR(%s * %d)".formatted(random("gene", "pc.id * 10 + d.d"), GENES.size());
        jdbc.execute("""
                INSERT INTO panel_case_variant (origin_hospital_id, partner_hospital_id, panel_case_id, gene, alteration,
                    vaf_percent, pathogenicity, germline_suspected, evidence_level, level_system, therapy,
                    therapy_route, trial_id, secondary_finding, created_at)
                SELECT x.origin_hospital_id, x.partner_hospital_id, x.id, %1$s, %2$s, ROUND(5 + x.vaf * 45, 2),
                       IF(%3$s = '', IF(x.vaf < 0.3, 'VUS', 'LIKELY_PATHOGENIC'), 'PATHOGENIC'),
                       x.g IN (8, 9), NULLIF(%3$s, ''), IF(%3$s = '', NULL, 'JSCO_JSMO_JCA_2019'), NULLIF(%4$s, ''),
                       %5$s, IF(x.g = 5, CONCAT('jRCT20312', LPAD(x.id %% 100000, 5, '0')), NULL),
                       x.g IN (8, 9) AND x.vaf < 0.3, x.concluded_at
                FROM (SELECT pc.*, %6$s AS g, %7$s AS vaf
                      FROM panel_case pc JOIN national_digit d ON d.d < 1 + FLOOR(%8$s * 4)
                      WHERE pc.id > %9$d) x
                """.formatted(elt("x.g", GENES), elt("x.g", ALTERATIONS), elt("x.g", LEVELS), elt("x.g", THERAPIES),
                elt("x.g", ROUTES), g, random("vaf", "pc.id * 10 + d.d"), random("variants", "pc.id"), firstCase));
    }

    private void tests(long firstReferral) {
        String test = "FIELD(r.ordered_test, " + quoted(TEST_NAMES) + ")";
        jdbc.execute("""
                INSERT INTO ccat_test (origin_hospital_id, partner_hospital_id, referral_id, panel_case_id,
                    ordered_test_name, catalogue_test_id, sample_type, purpose, coverage, ordered_on, created_at)
                SELECT r.origin_hospital_id, r.partner_hospital_id, r.id, pc.id, r.ordered_test,
                       ELT(%1$s, %2$s), ELT(%1$s, %3$s), 'PROFILING', 'INSURED', r.scheduled_on,
                       TIMESTAMP(r.scheduled_on, '01:00:00')
                FROM referral r LEFT JOIN panel_case pc ON pc.referral_id = r.id
                WHERE r.id > %4$d AND r.ordered_test IS NOT NULL
                """.formatted(test, quoted(TEST_IDS), quoted(TEST_SAMPLES), firstReferral));
    }

    /**
     * Seven steps per test, due and reached so many days after the order; a step is reached only if that day has
     * passed and the referral's status says it got that far (ordered: consent and shipping; results returned: up to
     * the panel; closed: all).
     */
    private void milestones(long firstTest) {
        jdbc.execute("""
                CREATE TEMPORARY TABLE national_step (ord INT NOT NULL PRIMARY KEY, step VARCHAR(30) NOT NULL,
                    due_days INT NOT NULL, reached_days INT NOT NULL)
                """);
        jdbc.execute("""
                INSERT INTO national_step VALUES (1, 'CONSENT', 0, 0), (2, 'SPECIMEN_SHIPPED', 3, 2),
                    (3, 'LAB_RESULT_UPLOADED', 21, 18), (4, 'CLINICAL_DATA_ENTERED', 28, 24),
                    (5, 'CCAT_REPORT_RECEIVED', 35, 30), (6, 'PANEL_HELD', 42, 40), (7, 'RESULT_EXPLAINED', 56, 50)
                """);
        jdbc.execute("""
                INSERT INTO ccat_milestone (test_id, origin_hospital_id, partner_hospital_id, step, follow_up_number,
                    due_on, reached_on, recorded_by, recorded_by_name, recorded_at)
                SELECT x.id, x.origin_hospital_id, x.partner_hospital_id, x.step, 0, x.due_on, x.reached_on,
                       IF(x.reached_on IS NULL, NULL, rc.coordinator_id),
                       IF(x.reached_on IS NULL, NULL, rc.coordinator_name),
                       IF(x.reached_on IS NULL, NULL, TIMESTAMP(x.reached_on, '06:00:00'))
                FROM (SELECT t.id, t.origin_hospital_id, t.partner_hospital_id, st.step,
                             DATE_ADD(t.ordered_on, INTERVAL st.due_days DAY) AS due_on,
                             IF(DATE_ADD(t.ordered_on, INTERVAL st.reached_days DAY) <= DATE(%s)
                                AND st.ord <= CASE r.status WHEN 'TEST_ORDERED' THEN 2
                                                            WHEN 'RESULTS_RETURNED' THEN 6 ELSE 7 END,
                                DATE_ADD(t.ordered_on, INTERVAL st.reached_days DAY), NULL) AS reached_on
                      FROM ccat_test t JOIN referral r ON r.id = t.referral_id JOIN national_step st
                      WHERE t.id > %d) x
                JOIN national_receiver rc ON rc.hospital_id = x.partner_hospital_id
                """.formatted(now, firstTest));
    }

    /**
     * A pseudo-random number in [0, 1) from the seed, a salt and a row expression: the same every run. MD5, not
     * CRC32: CRC32 is affine, so two salts of the same length gave correlated numbers (no recent tested referral).
     */
    private String random(String salt, String row) {
        return "(CONV(LEFT(MD5(CONCAT('%d:%s:', %s)), 8), 16, 10) / 4294967296)".formatted(seed, salt, row);
    }

    private static String elt(String zeroBasedIndex, List<String> values) {
        return "ELT(1 + " + zeroBasedIndex + ", " + quoted(values) + ")";
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
