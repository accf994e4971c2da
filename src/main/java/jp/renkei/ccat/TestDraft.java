package jp.renkei.ccat;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/**
 * What one person typed into one entry form of a test's page and has not recorded yet, as the form's fields in
 * JSON. Owned by the author's hospital; the last save wins (it is the same person's latest typing).
 */
@Entity
@Table(name = "ccat_test_draft")
class TestDraft extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "test_id", nullable = false, updatable = false)
    private long testId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TestDraftForm form;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false)
    private String fields;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected TestDraft() {
    }

    TestDraft(HospitalId authorsHospital, long testId, TestDraftForm form, long authorId) {
        super(authorsHospital);
        this.testId = testId;
        this.form = form;
        this.authorId = authorId;
    }

    void replace(String fieldsJson, Instant now) {
        this.fields = fieldsJson;
        this.savedAt = now;
    }

    TestDraftForm form() {
        return form;
    }

    String fields() {
        return fields;
    }

    Instant savedAt() {
        return savedAt;
    }
}
