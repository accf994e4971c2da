package jp.renkei.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.UserId;
import jp.renkei.shared.calendar.BusinessCalendar;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;
import jp.renkei.shared.workflow.Actor;

/**
 * Referrals in every state for the demo network, dated relative to today so deadlines are live. Goes
 * through the aggregate's own transitions, so timelines are what the portal itself would have written.
 * Runs once: skipped when the referring hospital already has referrals.
 */
@Component
@org.springframework.core.annotation.Order(10)
class ReferralDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId AOBA = HospitalId.of(3);
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId BOSO = HospitalId.of(6);
    private static final HospitalId KAGA = HospitalId.of(11);

    private static final Actor LIAISON = new Actor(UserId.of(1), "山野 遥", SAGAMINO);
    private static final Actor LIAISON2 = new Actor(UserId.of(2), "海老原 拓真", BOSO);
    private static final Actor COORDINATOR = new Actor(UserId.of(3), "森川 千夏", TOTO);
    private static final Actor AOBA_COORDINATOR = new Actor(UserId.of(10), "菅原 陽子", AOBA);

    private final ReferralRepository referrals;
    private final PatientRepository patients;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.japaneseHospitals();

    ReferralDemoData(ReferralRepository referrals, PatientRepository patients, HospitalScopes scopes,
            TransactionTemplate transactions, Clock clock) {
        this.referrals = referrals;
        this.patients = patients;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        boolean seeded = scopes.callAs(SAGAMINO, "demo data check", () -> patients.count() > 0);
        if (seeded) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(JapanTime.ZONE));
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100231", "青木 美咲", "アオキ ミサキ", LocalDate.of(1968, 4, 12),
                Sex.FEMALE, "PAAD", "IV", StandardTreatmentStatus.EXPECTED_TO_END, 1,
                "膵頭部癌、肝転移。GEM+nab-PTX 8コース後に増悪傾向。二次治療の選択に向けパネル検査を希望。",
                Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL), now.minus(Duration.ofHours(3)),
                Flow.DRAFT, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100245", "石井 健一", "イシイ ケンイチ", LocalDate.of(1957, 9, 3),
                Sex.MALE, "COAD", "IV", StandardTreatmentStatus.ENDED, 1,
                "S状結腸癌、多発肺転移。FOLFOX・FOLFIRI後に増悪。RAS野生型。",
                Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL), now.minus(Duration.ofHours(5)),
                Flow.SUBMITTED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100198", "上田 直子", "ウエダ ナオコ", LocalDate.of(1972, 1, 25),
                Sex.FEMALE, "IHCH", "IV", StandardTreatmentStatus.EXPECTED_TO_END, 0,
                "肝内胆管癌、GC療法中。FGFR2融合遺伝子の有無の確認を希望。",
                // three working days ago: overdue today whatever the hour, holiday or year-end closure
                Set.of(RequestedService.CGP_TEST), calendar.subtractBusinessDays(today, 3).atTime(10, 0)
                        .atZone(JapanTime.ZONE).toInstant(), Flow.SUBMITTED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100177", "岡田 亮", "オカダ リョウ", LocalDate.of(1980, 7, 8),
                Sex.MALE, "LUAD", "IV", StandardTreatmentStatus.ONGOING, 1,
                "肺腺癌、EGFR陰性。一次治療中。家族歴（母：乳癌）あり。",
                Set.of(RequestedService.CGP_TEST, RequestedService.GENETIC_COUNSELING), now.minus(Duration.ofDays(4)),
                Flow.RETURNED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100150", "加藤 由美", "カトウ ユミ", LocalDate.of(1975, 11, 30),
                Sex.FEMALE, "BRCA", "IV", StandardTreatmentStatus.ENDED, 1,
                "乳癌（トリプルネガティブ）、多発骨転移。標準治療終了。", Set.of(RequestedService.CGP_TEST,
                        RequestedService.EXPERT_PANEL), now.minus(Duration.ofDays(9)), Flow.ACCEPTED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100122", "木村 誠", "キムラ マコト", LocalDate.of(1962, 2, 14),
                Sex.MALE, "STAD", "IV", StandardTreatmentStatus.EXPECTED_TO_END, 1,
                "胃癌、腹膜播種。三次治療中。", Set.of(RequestedService.CGP_TEST), now.minus(Duration.ofDays(12)),
                Flow.SCHEDULED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100101", "小林 聡子", "コバヤシ サトコ", LocalDate.of(1966, 5, 19),
                Sex.FEMALE, "HGSOC", "IIIC", StandardTreatmentStatus.ENDED, 1,
                "卵巣高異型度漿液性癌、プラチナ抵抗性再発。", Set.of(RequestedService.CGP_TEST,
                        RequestedService.GENETIC_COUNSELING, RequestedService.EXPERT_PANEL), now.minus(Duration.ofDays(30)),
                Flow.TEST_ORDERED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100088", "斎藤 大輔", "サイトウ ダイスケ", LocalDate.of(1959, 8, 2),
                Sex.MALE, "PRAD", "IV", StandardTreatmentStatus.ENDED, 1,
                "去勢抵抗性前立腺癌、骨転移。", Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL),
                now.minus(Duration.ofDays(45)), Flow.RESULTS_RETURNED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100060", "佐々木 恵", "ササキ メグミ", LocalDate.of(1970, 3, 27),
                Sex.FEMALE, "UEC", "IV", StandardTreatmentStatus.ENDED, 2,
                "子宮体癌、再発。MSI検査済み。", Set.of(RequestedService.CGP_TEST), now.minus(Duration.ofDays(70)),
                Flow.CLOSED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100044", "清水 隆", "シミズ タカシ", LocalDate.of(1948, 12, 5),
                Sex.MALE, "ESCC", "IV", StandardTreatmentStatus.ENDED, 3,
                "食道扁平上皮癌。全身状態の悪化あり。", Set.of(RequestedService.CGP_TEST), now.minus(Duration.ofDays(20)),
                Flow.DECLINED, today);
        seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, "S-100031", "鈴木 花", "スズキ ハナ", LocalDate.of(1985, 6, 21),
                Sex.FEMALE, "THPA", "IVB", StandardTreatmentStatus.ONGOING, 0,
                "甲状腺乳頭癌、遠隔転移。", Set.of(RequestedService.GENETIC_COUNSELING), now.minus(Duration.ofDays(15)),
                Flow.WITHDRAWN, today);
        seed(BOSO, LIAISON2, TOTO, COORDINATOR, "B-2001", "高橋 翔", "タカハシ ショウ", LocalDate.of(1977, 10, 10),
                Sex.MALE, "CUP", "—", StandardTreatmentStatus.NO_STANDARD_TREATMENT, 1,
                "原発不明癌。標準治療なし。", Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL),
                now.minus(Duration.ofHours(20)), Flow.SUBMITTED, today);
        seed(BOSO, LIAISON2, AOBA, AOBA_COORDINATOR, "B-2002", "田中 一葉", "タナカ カズハ", LocalDate.of(2012, 4, 1),
                Sex.FEMALE, "NBL", "IV", StandardTreatmentStatus.ENDED, 0,
                "神経芽腫（小児）、再発。小児がん経験のあるパネル構成員による検討を希望。",
                Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL), now.minus(Duration.ofDays(8)),
                Flow.ACCEPTED, today);
        seed(KAGA, new Actor(UserId.of(1), "山野 遥", KAGA), TOTO, COORDINATOR, "K-0301", "中村 優", "ナカムラ ユウ",
                LocalDate.of(1964, 9, 9), Sex.MALE, "SARCOMA", "IV", StandardTreatmentStatus.EXPECTED_TO_END, 1,
                "軟部肉腫、肺転移。", Set.of(RequestedService.CGP_TEST), now.minus(Duration.ofDays(25)),
                Flow.TEST_ORDERED, today);
        // referrals 15–20: 東都's panel reviewed these months ago (the panel-skip estimate looks back on them)
        seedPanelHistory(now, today);
    }

    private void seedPanelHistory(Instant now, LocalDate today) {
        record Past(String pid, String name, String kana, LocalDate birth, Sex sex, String cancer, String summary,
                int daysAgo) {
        }
        List<Past> history = List.of(
                new Past("S-090011", "森 和夫", "モリ カズオ", LocalDate.of(1955, 3, 8), Sex.MALE, "LUAD",
                        "肺腺癌、脳転移。一次治療後に増悪。", 124),
                new Past("S-090012", "林 明美", "ハヤシ アケミ", LocalDate.of(1963, 10, 2), Sex.FEMALE, "IHCH",
                        "肝内胆管癌、GC療法後に増悪。", 104),
                new Past("S-090013", "山口 浩", "ヤマグチ ヒロシ", LocalDate.of(1958, 6, 17), Sex.MALE, "PAAD",
                        "膵体部癌、肝転移。二次治療中。", 94),
                new Past("S-090014", "松本 裕子", "マツモト ユウコ", LocalDate.of(1969, 12, 24), Sex.FEMALE, "STAD",
                        "胃癌、HER2陽性、腹膜播種。", 84),
                new Past("S-090015", "井上 修", "イノウエ オサム", LocalDate.of(1961, 1, 29), Sex.MALE, "COAD",
                        "上行結腸癌、肝転移。二次治療後に増悪。", 74),
                new Past("S-090016", "阿部 恵子", "アベ ケイコ", LocalDate.of(1974, 8, 11), Sex.FEMALE, "LUAD",
                        "肺腺癌、胸膜播種。家族歴（姉：乳癌）あり。", 64));
        for (Past past : history) {
            seed(SAGAMINO, LIAISON, TOTO, COORDINATOR, past.pid(), past.name(), past.kana(), past.birth(), past.sex(),
                    past.cancer(), "IV", StandardTreatmentStatus.ENDED, 1, past.summary(),
                    Set.of(RequestedService.CGP_TEST, RequestedService.EXPERT_PANEL),
                    now.minus(Duration.ofDays(past.daysAgo())), Flow.CLOSED, today);
        }
    }

    private enum Flow { DRAFT, SUBMITTED, RETURNED, ACCEPTED, SCHEDULED, TEST_ORDERED, RESULTS_RETURNED, CLOSED, DECLINED,
        WITHDRAWN }

    private void seed(HospitalId referring, Actor author, HospitalId receiving, Actor coordinator, String pid,
            String name, String kana, LocalDate birth, Sex sex, String cancer, String stage,
            StandardTreatmentStatus standard, int ecog, String summary, Set<RequestedService> services, Instant start,
            Flow flow, LocalDate today) {
        scopes.runAs(referring, "demo referrals", () -> transactions.executeWithoutResult(tx -> {
            PatientParticulars patient = new PatientParticulars(pid, name, kana, birth, sex);
            Patient saved = patients.save(new Patient(referring, patient, start));
            Specimen specimen = services.contains(RequestedService.CGP_TEST)
                    ? new Specimen(SpecimenType.FFPE_TISSUE, today.minusMonths(8), "10%中性緩衝ホルマリン", 40, true)
                    : Specimen.unknown();
            ReferralContent content = new ReferralContent(patient,
                    new ClinicalDetails(cancer, stage, 2, standard, ecog, summary), specimen, List.of(), services);
            Referral referral = new Referral(referring, receiving, saved.id(), author, content, start);
            advance(referral, author, coordinator, flow, start, today);
            // demo history is not news: nobody is notified and nothing is audited for it
            referral.clearDomainEvents();
            referrals.save(referral);
        }));
    }

    private void advance(Referral r, Actor author, Actor coordinator, Flow flow, Instant start, LocalDate today) {
        if (flow == Flow.DRAFT) {
            return;
        }
        Instant sent = start.plus(Duration.ofMinutes(20));
        r.submit(author, 0, null, calendar.endOfBusinessDaysAfter(sent, 2, JapanTime.ZONE), sent);
        Instant t = sent.plus(Duration.ofHours(20));
        switch (flow) {
            case RETURNED -> r.returnForInformation(coordinator, "直近の画像所見と、家族歴の詳細（血縁者のがん種・発症年齢）をご教示ください。", t);
            case DECLINED -> r.decline(coordinator, "PS 3 のため、現時点では検査結果に基づく治療への移行が困難と判断しました。緩和ケア連携をご検討ください。", t);
            case WITHDRAWN -> r.withdraw(author, "患者さんのご希望により、今回は見送ります。", t);
            case SUBMITTED -> { }
            default -> {
                r.accept(coordinator, "受け入れます。外来予約をご案内します。", t);
                if (flow == Flow.ACCEPTED) {
                    return;
                }
                r.schedule(coordinator, new ScheduledVisit(flow == Flow.SCHEDULED ? calendar.addBusinessDays(today, 4)
                        : calendar.subtractBusinessDays(today, 10), LocalTime.of(10, 30), "がんゲノム医療外来（2階 B-12）"),
                        "当日は保険証とお薬手帳をお持ちください。", t.plus(Duration.ofDays(1)));
                if (flow == Flow.SCHEDULED) {
                    return;
                }
                r.orderTest(coordinator, "FoundationOne CDx がんゲノムプロファイル", t.plus(Duration.ofDays(3)));
                if (flow == Flow.TEST_ORDERED) {
                    return;
                }
                r.returnResults(coordinator, "エキスパートパネル実施済み。推奨治療あり（治験情報を添付予定）。", t.plus(Duration.ofDays(30)));
                if (flow == Flow.CLOSED) {
                    r.close(coordinator, "結果説明済みとの連絡を受けました。", t.plus(Duration.ofDays(35)));
                }
            }
        }
    }
}
