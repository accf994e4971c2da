package jp.renkei.expertpanel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import jp.renkei.shared.demo.DemoProfileRunner;
import jp.renkei.shared.tenant.HospitalScopes;

/**
 * Enough of a history for the panel-skip estimate ({@code /panels/simulation}) to say something for 東都: variants
 * on the three demo cases of {@link PanelDemoData} (when nobody has entered any), and six cases 東都's panel
 * concluded in the past months, referred by 相模野 (the demo referrals 15–20, closed months ago); they sit on no
 * meeting, so no agenda lists them. Some
 * would have skipped the panel under the proposal and some would not, each for a reason the page names.
 * Idempotent: a case is opened once, and variants are added only to a case that has none.
 */
@Component
@Order(34)
class PolicySimulationDemoData extends DemoProfileRunner {

    private static final HospitalId TOTO = HospitalId.of(1);
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final long DEMO_PANEL = 1L;

    private record DemoVariant(String gene, String alteration, String vaf, Pathogenicity pathogenicity,
            boolean germline, EvidenceLevel level, String therapy, TherapyRoute route) {

        static DemoVariant nothingRecommended(String gene, String alteration, String vaf) {
            return new DemoVariant(gene, alteration, vaf, Pathogenicity.PATHOGENIC, false, null, "", TherapyRoute.NONE);
        }
    }

    /** Days before today: accepted, variants entered, concluded (0 for "not concluded"). */
    private record DemoCase(long referralId, String cancerTypeCode, int accepted, int entered, int concluded,
            List<DemoVariant> variants) {
    }

    private static final List<DemoCase> HISTORY = List.of(
            new DemoCase(15, "LUAD", 120, 95, 78, List.of(
                    new DemoVariant("EGFR", "p.L858R", "41.2", Pathogenicity.PATHOGENIC, false, EvidenceLevel.A,
                            "オシメルチニブ", TherapyRoute.APPROVED),
                    DemoVariant.nothingRecommended("TP53", "p.R248Q", "38.0"))),
            new DemoCase(16, "IHCH", 100, 76, 55, List.of(
                    new DemoVariant("FGFR2", "FGFR2-BICC1 fusion", "27.5", Pathogenicity.PATHOGENIC, false,
                            EvidenceLevel.A, "ペミガチニブ", TherapyRoute.APPROVED))),
            new DemoCase(17, "PAAD", 90, 70, 49, List.of(
                    DemoVariant.nothingRecommended("KRAS", "p.G12D", "22.1"),
                    DemoVariant.nothingRecommended("CDKN2A", "p.R80*", "19.4"))),
            new DemoCase(18, "STAD", 80, 60, 42, List.of(
                    new DemoVariant("ERBB2", "amplification", "30.0", Pathogenicity.PATHOGENIC, false, EvidenceLevel.C,
                            "トラスツズマブ デルクステカン", TherapyRoute.OFF_LABEL))),
            new DemoCase(19, "COAD", 70, 50, 35, List.of(
                    new DemoVariant("BRAF", "p.V600E", "33.3", Pathogenicity.PATHOGENIC, false, EvidenceLevel.A,
                            "エンコラフェニブ＋セツキシマブ", TherapyRoute.APPROVED))),
            new DemoCase(20, "LUAD", 60, 41, 27, List.of(
                    new DemoVariant("KRAS", "p.G12C", "25.6", Pathogenicity.PATHOGENIC, false, EvidenceLevel.A,
                            "ソトラシブ", TherapyRoute.APPROVED),
                    new DemoVariant("BRCA2", "p.S1982fs", "49.1", Pathogenicity.PATHOGENIC, true, null, "",
                            TherapyRoute.NONE))));

    /** Variants for the cases of {@link PanelDemoData}, by referral id, entered this many days ago. */
    private static final List<DemoCase> CURRENT = List.of(
            new DemoCase(5, "BRCA", 0, 3, 0, List.of(
                    new DemoVariant("BRCA1", "p.Q1756fs", "48.7", Pathogenicity.PATHOGENIC, true, null, "",
                            TherapyRoute.NONE),
                    DemoVariant.nothingRecommended("TP53", "p.R175H", "44.0"))),
            new DemoCase(7, "HGSOC", 0, 6, 0, List.of(
                    new DemoVariant("BRCA2", "p.E1953*", "23.4", Pathogenicity.PATHOGENIC, false, EvidenceLevel.A,
                            "オラパリブ", TherapyRoute.APPROVED),
                    DemoVariant.nothingRecommended("TP53", "p.R273H", "61.0"))),
            new DemoCase(8, "PRAD", 0, 24, 0, List.of(
                    new DemoVariant("BRCA2", "p.S1982fs", "31.0", Pathogenicity.PATHOGENIC, false, EvidenceLevel.A,
                            "オラパリブ", TherapyRoute.APPROVED))));

    private final ExpertPanelRepository panels;
    private final PanelCaseRepository cases;
    private final PanelCaseVariantRepository variants;
    private final HospitalScopes scopes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PolicySimulationDemoData(ExpertPanelRepository panels, PanelCaseRepository cases,
            PanelCaseVariantRepository variants, HospitalScopes scopes, TransactionTemplate transactions, Clock clock) {
        this.panels = panels;
        this.cases = cases;
        this.variants = variants;
        this.scopes = scopes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void runInDemo(ApplicationArguments args) {
        scopes.runAs(TOTO, "demo panel-skip estimate", () -> transactions.executeWithoutResult(tx -> seed()));
    }

    private void seed() {
        ExpertPanel panel = panels.findById(DEMO_PANEL).orElse(null);
        if (panel == null) {
            return;
        }
        Instant now = clock.instant();
        for (DemoCase demo : HISTORY) {
            if (!cases.existsByReferralId(demo.referralId())) {
                PanelCase opened = cases.saveAndFlush(new PanelCase(SAGAMINO, TOTO, demo.referralId(), panel, null,
                        demo.cancerTypeCode(), daysAgo(now, demo.accepted()), daysAgo(now, demo.accepted())));
                opened.conclude("ep.composition.solid.2025", "2025-07-07", daysAgo(now, demo.concluded()));
                addVariants(opened, demo, now);
            }
        }
        for (DemoCase demo : CURRENT) {
            cases.findByPanelIdOrderByAcceptedAtDesc(DEMO_PANEL).stream()
                    .filter(c -> Long.valueOf(demo.referralId()).equals(c.referralId())).findFirst()
                    .filter(c -> variants.findByPanelCaseIdOrderByIdAsc(c.id()).isEmpty())
                    .ifPresent(c -> addVariants(c, demo, now));
        }
    }

    private void addVariants(PanelCase panelCase, DemoCase demo, Instant now) {
        for (DemoVariant v : demo.variants()) {
            PanelCaseVariant variant = new PanelCaseVariant(panelCase, new VariantEntry(v.gene(), v.alteration(),
                    new BigDecimal(v.vaf()), v.pathogenicity(), v.germline()), daysAgo(now, demo.entered()));
            variant.recommend(new Recommendation(v.level(), v.level() == null ? null : LevelSystem.JSCO_JSMO_JCA_2019,
                    v.therapy(), v.route(), null, v.germline()));
            variants.save(variant);
        }
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
