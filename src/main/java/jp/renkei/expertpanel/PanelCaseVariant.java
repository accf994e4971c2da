package jp.renkei.expertpanel;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.renkei.expertpanel.review.EvidenceLevel;
import jp.renkei.expertpanel.review.LevelSystem;
import jp.renkei.expertpanel.review.Pathogenicity;
import jp.renkei.expertpanel.review.Recommendation;
import jp.renkei.expertpanel.review.ReviewedVariant;
import jp.renkei.expertpanel.review.TherapyRoute;
import jp.renkei.expertpanel.review.VariantEntry;

/**
 * One variant of a panel case with the panel's recommendation for it. Shared by the case's two hospitals like
 * the case itself, so the tenant filter hides it from everyone else.
 */
@Entity
@Table(name = "panel_case_variant")
class PanelCaseVariant extends jp.renkei.shared.tenant.SharedByTwoHospitalsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_case_id", nullable = false, updatable = false)
    private long panelCaseId;

    private String gene;
    private String alteration;

    @Column(name = "vaf_percent")
    private BigDecimal vafPercent;

    @Enumerated(EnumType.STRING)
    private Pathogenicity pathogenicity;

    @Column(name = "germline_suspected")
    private boolean germlineSuspected;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level")
    private EvidenceLevel evidenceLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_system")
    private LevelSystem levelSystem;

    private String therapy;

    @Enumerated(EnumType.STRING)
    @Column(name = "therapy_route")
    private TherapyRoute route;

    @Column(name = "trial_id")
    private String trialId;

    @Column(name = "secondary_finding")
    private boolean secondaryFinding;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PanelCaseVariant() {
    }

    PanelCaseVariant(PanelCase panelCase, VariantEntry entry, Instant now) {
        super(panelCase.originHospitalId(), panelCase.partnerHospitalId());
        this.panelCaseId = panelCase.id();
        this.gene = entry.gene();
        this.alteration = entry.alteration();
        this.vafPercent = entry.vafPercent();
        this.pathogenicity = entry.pathogenicity();
        this.germlineSuspected = entry.germlineSuspected();
        this.createdAt = now;
    }

    void recommend(Recommendation recommendation) {
        this.evidenceLevel = recommendation.level();
        this.levelSystem = recommendation.levelSystem();
        this.therapy = recommendation.therapy();
        this.route = recommendation.route();
        this.trialId = recommendation.trialId();
        this.secondaryFinding = recommendation.secondaryFinding();
    }

    long id() {
        return id;
    }

    long panelCaseId() {
        return panelCaseId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Recommendation recommendation() {
        return route == null ? null
                : new Recommendation(evidenceLevel, levelSystem, therapy, route, trialId, secondaryFinding);
    }

    ReviewedVariant forReview() {
        return new ReviewedVariant(gene, alteration, pathogenicity, germlineSuspected, recommendation());
    }

    VariantDetails details() {
        return new VariantDetails(id, gene, alteration, vafPercent, pathogenicity, germlineSuspected,
                recommendation(), version);
    }
}
