package jp.renkei.expertpanel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Asynchronous review in the demo, on the two cases {@link PanelDemoData} puts on the upcoming meeting (the case on
 * the past meeting is left to the report's demo): S-100150 in an open round where everyone but the demo panelist
 * 黒田 修 has answered (so the rule check names the missing second (ア) physician until he agrees), and S-100101
 * sent to the meeting because the pathologist disagreed. Each case gets draft recommendations first if it has
 * none. Runs after the panel demo; a case already in a round, or no longer waiting, is left alone.
 */
@Component
@Order(31)
class AsyncReviewDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final long DEMO_PANEL = 1L;
    private static final long OPEN_ROUND_REFERRAL = 5L;
    private static final long ESCALATED_REFERRAL = 7L;
    /** Demo roster ids (V8_1): 黒田 (panelist), 藤本, 石川, 白石, 小野寺, 宮本, 安藤; 佐伯 (キ) only for children. */
    private static final Set<Long> ADULT_CASE_MEMBERS = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    private static final long KURODA = 1, FUJIMOTO = 2, ISHIKAWA = 3, SHIRAISHI = 4, ONODERA = 5, MIYAMOTO = 6,
            ANDO = 7;

    private record Said(long member, String name, ReviewAnswer answer, String comment, int hoursAgo) {
    }

    private final PanelCaseRepository cases;
    private final PanelCaseVariantRepository variants;
    private final ExpertPanelRepository panels;
    private final PanelMeetingRepository meetings;
    private final ReviewRoundRepository rounds;
    private final ReviewResponseRepository responses;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AsyncReviewDemoData(PanelCaseRepository cases, PanelCaseVariantRepository variants, ExpertPanelRepository panels,
            PanelMeetingRepository meetings, ReviewRoundRepository rounds, ReviewResponseRepository responses,
            HospitalScopes scopes, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.variants = variants;
        this.panels = panels;
        this.meetings = meetings;
        this.rounds = rounds;
        this.responses = responses;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo asynchronous review", () -> transactions.executeWithoutResult(tx -> seed()));
    }

    private void seed() {
        ExpertPanel panel = panels.findById(DEMO_PANEL).orElse(null);
        if (panel == null) {
            return;
        }
        waiting(OPEN_ROUND_REFERRAL).ifPresent(c -> {
            draft(c, new VariantEntry("BRCA1", "c.68_69del (p.E23fs)", new BigDecimal("48.0"),
                    Pathogenicity.PATHOGENIC, true), new Recommendation(EvidenceLevel.A,
                            LevelSystem.JSCO_JSMO_JCA_2019, "オラパリブ", TherapyRoute.APPROVED, null, true));
            ReviewRound round = open(c, 30);
            answer(round, List.of(
                    new Said(FUJIMOTO, "藤本 真一", ReviewAnswer.AGREE, null, 26),
                    new Said(ISHIKAWA, "石川 由紀", ReviewAnswer.AGREE,
                            "生殖細胞系列の確認検査と血縁者への情報提供について、遺伝カウンセリングの提案に賛成です。", 25),
                    new Said(SHIRAISHI, "白石 真琴", ReviewAnswer.AGREE,
                            "カウンセリングは当院の遠隔外来で対応できます。", 24),
                    new Said(MIYAMOTO, "宮本 健", ReviewAnswer.COMMENT,
                            "VAF 48% で生殖細胞系列由来が強く疑われます。報告書に確認検査の推奨を明記してください。", 22),
                    new Said(ONODERA, "小野寺 剛", ReviewAnswer.AGREE, null, 20),
                    new Said(ANDO, "安藤 涼", ReviewAnswer.AGREE, null, 6),
                    new Said(MIYAMOTO, "宮本 健", ReviewAnswer.AGREE, "追記を確認しました。", 4)));
        });
        waiting(ESCALATED_REFERRAL).ifPresent(c -> {
            draft(c, new VariantEntry("BRCA2", "c.7007G>A (p.R2336H)", new BigDecimal("23.5"), Pathogenicity.VUS,
                    false), new Recommendation(EvidenceLevel.C, LevelSystem.JSCO_JSMO_JCA_2019, "オラパリブ",
                            TherapyRoute.OFF_LABEL, null, false));
            ReviewRound round = open(c, 54);
            String reason = "VUS に対する適応外使用の推奨には反対です。腫瘍含有率と LOH の所見を会議で確認したい。";
            answer(round, List.of(
                    new Said(KURODA, "黒田 修", ReviewAnswer.AGREE, null, 50),
                    new Said(FUJIMOTO, "藤本 真一", ReviewAnswer.AGREE, null, 49),
                    new Said(ONODERA, "小野寺 剛", ReviewAnswer.DISAGREE, reason, 30)));
            Instant at = clock.instant().minus(Duration.ofHours(30));
            round.escalated(ONODERA, reason, at);
            c.escalate(panels.findById(DEMO_PANEL).orElseThrow(), meetings
                    .findFirstByPanelIdAndKindAndStatusAndStartsAtGreaterThanEqualOrderByStartsAtAsc(DEMO_PANEL,
                            MeetingKind.REAL_TIME, MeetingStatus.SCHEDULED, clock.instant()).orElse(null), at);
        });
    }

    private Optional<PanelCase> waiting(long referralId) {
        return cases.findByReferralId(referralId).filter(c -> c.status() == PanelCaseStatus.ASSIGNED
                && c.panelId() != null && c.panelId() == DEMO_PANEL && rounds.findByPanelCaseId(c.id()).isEmpty());
    }

    private void draft(PanelCase c, VariantEntry entry, Recommendation recommendation) {
        if (!variants.findByPanelCaseIdOrderByIdAsc(c.id()).isEmpty()) {
            return;
        }
        PanelCaseVariant variant = new PanelCaseVariant(c, entry, clock.instant().minus(Duration.ofDays(3)));
        variant.recommend(recommendation);
        variants.save(variant);
    }

    private ReviewRound open(PanelCase c, int hoursAgo) {
        c.openAsyncReview();
        Instant opened = clock.instant().minus(Duration.ofHours(hoursAgo));
        return rounds.saveAndFlush(new ReviewRound(TOTO, c.id(), DEMO_PANEL, ADULT_CASE_MEMBERS,
                LocalDate.ofInstant(opened, JapanTime.ZONE), true, false, "森川 千夏", opened));
    }

    private void answer(ReviewRound round, List<Said> said) {
        for (Said s : said) {
            responses.recordCurrent(new ReviewResponse(TOTO, round.id(), s.member(), s.answer(), s.comment(), s.name(),
                    clock.instant().minus(Duration.ofHours(s.hoursAgo()))));
        }
    }
}
