-- A test of the testing hospital's own patient has no referral to name the patient: the test names them, as the
-- hospital knows them (its patient ID and name). Read only where a read is audited (test page, worklist).
ALTER TABLE ccat_test
    ADD COLUMN own_patient_id   VARCHAR(50) AFTER panel_case_id,
    ADD COLUMN own_patient_name VARCHAR(100) AFTER own_patient_id,
    ADD CONSTRAINT ck_ccat_test_patient CHECK (referral_id IS NOT NULL OR own_patient_id IS NOT NULL);

-- Who owns a step, by name as well as id, so the worklist and the test page show it without reading accounts.
ALTER TABLE ccat_milestone ADD COLUMN owner_name VARCHAR(100) AFTER owner_user_id;

-- A follow-up entry for C-CAT (予後・治療情報): what happened after the panel, one per follow-up step reached.
CREATE TABLE ccat_follow_up (
    id                           BIGINT       NOT NULL AUTO_INCREMENT,
    test_id                      BIGINT       NOT NULL,
    origin_hospital_id           BIGINT       NOT NULL,
    partner_hospital_id          BIGINT       NOT NULL,
    follow_up_number             INT          NOT NULL,
    recorded_on                  DATE         NOT NULL,
    treatment_started_on         DATE,
    recommended_therapy_proposed BOOLEAN      NOT NULL,
    recommended_therapy_given    BOOLEAN      NOT NULL,
    response                     VARCHAR(20)  NOT NULL,
    survival_status              VARCHAR(20)  NOT NULL,
    last_known_alive_on          DATE,
    recorded_by                  BIGINT       NOT NULL,
    recorded_by_name             VARCHAR(100) NOT NULL,
    recorded_at                  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_follow_up UNIQUE (test_id, follow_up_number),
    CONSTRAINT fk_ccat_follow_up_test FOREIGN KEY (test_id) REFERENCES ccat_test (id),
    CONSTRAINT ck_ccat_follow_up_response
        CHECK (response IN ('COMPLETE', 'PARTIAL', 'STABLE', 'PROGRESSIVE', 'NOT_EVALUABLE', 'NOT_TREATED')),
    CONSTRAINT ck_ccat_follow_up_survival CHECK (survival_status IN ('ALIVE', 'DECEASED', 'LOST_TO_FOLLOW_UP')),
    CONSTRAINT ck_ccat_follow_up_given CHECK (recommended_therapy_proposed OR NOT recommended_therapy_given)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consent forms as immutable versions, shared by the network (no hospital): the SHA-256 of the text shows later
-- which wording a patient signed. illustrative marks a seed whose form id and text are not C-CAT's real ones.
CREATE TABLE ccat_consent_document (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    form_id        VARCHAR(60)   NOT NULL,
    version        VARCHAR(20)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    effective_from DATE          NOT NULL,
    body           TEXT          NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    illustrative   BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ccat_consent_document UNIQUE (form_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One decision of the patient per scope, never changed or removed. It takes effect when recorded (recorded_at);
-- decided_on is the day the patient decided, as on the signed form.
CREATE TABLE ccat_consent_event (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    test_id             BIGINT       NOT NULL,
    origin_hospital_id  BIGINT       NOT NULL,
    partner_hospital_id BIGINT       NOT NULL,
    scope               VARCHAR(40)  NOT NULL,
    decision            VARCHAR(20)  NOT NULL,
    document_id         BIGINT       NOT NULL,
    decided_on          DATE         NOT NULL,
    recorded_by         BIGINT       NOT NULL,
    recorded_by_name    VARCHAR(100) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ccat_consent_test FOREIGN KEY (test_id) REFERENCES ccat_test (id),
    CONSTRAINT fk_ccat_consent_document FOREIGN KEY (document_id) REFERENCES ccat_consent_document (id),
    CONSTRAINT ck_ccat_consent_scope
        CHECK (scope IN ('C_CAT_REGISTRATION', 'SECONDARY_USE', 'SECONDARY_FINDINGS_DISCLOSURE')),
    CONSTRAINT ck_ccat_consent_decision CHECK (decision IN ('GRANTED', 'REFUSED', 'WITHDRAWN')),
    INDEX ix_ccat_consent_test (test_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- C-CAT's consent documents as seeds. ILLUSTRATIVE: the real form ids and wording of C-CAT's 説明文書・同意書 could
-- not be cited here, so the ids are made up, the body is a short summary written for this portal, and the hash is
-- that summary's. Replace with the forms in use before relying on the hashes.
INSERT INTO ccat_consent_document (form_id, version, title, effective_from, body, sha256, illustrative) VALUES
 ('ILLUSTRATIVE-CCAT-CONSENT', '1', 'がんゲノム情報管理センターへの情報登録と二次利用に関する同意書（例示・第1版）', '2019-06-01',
  '例示：がん遺伝子パネル検査の結果と診療情報をがんゲノム情報管理センター（C-CAT）に登録すること、登録された情報を審査を経て研究・開発に利用すること（二次利用）、二次的所見の開示を希望するかについて、それぞれ同意するかを選べます。同意はいつでも撤回できます。',
  SHA2('例示：がん遺伝子パネル検査の結果と診療情報をがんゲノム情報管理センター（C-CAT）に登録すること、登録された情報を審査を経て研究・開発に利用すること（二次利用）、二次的所見の開示を希望するかについて、それぞれ同意するかを選べます。同意はいつでも撤回できます。', 256),
  TRUE),
 ('ILLUSTRATIVE-CCAT-CONSENT', '2', 'がんゲノム情報管理センターへの情報登録と二次利用に関する同意書（例示・第2版）', '2025-04-01',
  '例示（第2版）：がん遺伝子パネル検査の結果と診療情報をがんゲノム情報管理センター（C-CAT）に登録すること、登録された情報を審査を経て学術研究や医薬品等の開発に利用すること（二次利用、企業による利用を含む）、二次的所見（生まれつきの遺伝子の特徴）の開示を希望するかについて、それぞれ同意するかを選べます。同意はいつでも撤回でき、撤回後の新たな利用は行われません。',
  SHA2('例示（第2版）：がん遺伝子パネル検査の結果と診療情報をがんゲノム情報管理センター（C-CAT）に登録すること、登録された情報を審査を経て学術研究や医薬品等の開発に利用すること（二次利用、企業による利用を含む）、二次的所見（生まれつきの遺伝子の特徴）の開示を希望するかについて、それぞれ同意するかを選べます。同意はいつでも撤回でき、撤回後の新たな利用は行われません。', 256),
  TRUE);
