-- The test catalogue as the network admin maintains it. Append-only: every edit is a new revision of its test (who,
-- when, why), and the catalogue is each test's latest revision, so what a test's due dates were planned with can be
-- traced. Two admins saving the same test at once collide on (test_id, revision) and the second is told to reload.
CREATE TABLE ccat_catalogue_revision (
    id                            BIGINT        NOT NULL AUTO_INCREMENT,
    test_id                       VARCHAR(40)   NOT NULL,
    revision                      INT           NOT NULL,
    name                          VARCHAR(200)  NOT NULL,
    sample_type                   VARCHAR(40)   NOT NULL,
    lab_turnaround_business_days  INT           NOT NULL,
    source                        VARCHAR(1000) NOT NULL,
    unconfirmed                   VARCHAR(1000),
    changed_at                    DATETIME(6)  NOT NULL,
    changed_by                    BIGINT,
    changed_by_name               VARCHAR(100)  NOT NULL,
    reason                        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_catalogue_test_revision UNIQUE (test_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seeded from src/main/resources/ccat/test-catalogue.json (CatalogueStoreIT checks they agree).
INSERT INTO ccat_catalogue_revision (test_id, revision, name, sample_type, lab_turnaround_business_days, source,
        unconfirmed, changed_at, changed_by, changed_by_name, reason) VALUES
    ('F1CDX', 1, 'FoundationOne CDx がんゲノムプロファイル', 'TISSUE', 14,
     '中外製薬 FoundationOne CDx（FFPE 腫瘍組織）。所要日数は Foundation Medicine の米国での報告日数（約8日、検体受領から）に国際輸送を加えた目安',
     '国内の衛生検査所の検査案内で所要日数を確認できていません。14営業日は仮の目安です（DOMAIN.md：検査により12〜27日）。',
     '2026-11-30 00:00:00.000000', NULL, 'ccat/test-catalogue.json', 'ccat/test-catalogue.json の初期データ'),
    ('F1LCDX', 1, 'FoundationOne Liquid CDx がんゲノムプロファイル', 'BLOOD', 15,
     'SRL 総合検査案内 項目コード 08607「FoundationOne Liquid CDx がんゲノムプロファイル」：血液（セルフリーDNA抽出用採血管2本）、所要日数 12〜15',
     '検査案内の「所要日数」が暦日か営業日かは確認できていません。上限の15を営業日として数えています。',
     '2026-11-30 00:00:00.000000', NULL, 'ccat/test-catalogue.json', 'ccat/test-catalogue.json の初期データ'),
    ('NCC_ONCOPANEL', 1, 'OncoGuide NCCオンコパネル システム', 'TISSUE_WITH_MATCHED_BLOOD', 22,
     'BML 検査案内 コード 13255「NCCオンコパネルシステム」：未染スライドと血液（EDTA-2K）を併せて提出、所要日数 16〜22',
     '検査案内の「所要日数」が暦日か営業日かは確認できていません。上限の22を営業日として数えています。',
     '2026-11-30 00:00:00.000000', NULL, 'ccat/test-catalogue.json', 'ccat/test-catalogue.json の初期データ'),
    ('GENMINETOP', 1, 'GenMineTOP がんゲノムプロファイリングシステム', 'TISSUE_WITH_MATCHED_BLOOD', 27,
     'LSIメディエンス WEB総合検査案内（2024年11月1日時点）項目コード 13041「GenMineTOP がんゲノムプロファイリングシステム」：未染スライドおよび EDTA-2K 加血液、所要日数 22〜27日',
     '検査案内の「所要日数」が暦日か営業日かは確認できていません。上限の27を営業日として数えています。',
     '2026-11-30 00:00:00.000000', NULL, 'ccat/test-catalogue.json', 'ccat/test-catalogue.json の初期データ'),
    ('GUARDANT360_CDX', 1, 'Guardant360 CDx がん遺伝子パネル', 'BLOOD', 14,
     'Guardant Health Guardant360 CDx（血液、セルフリーDNA）',
     '所要日数の出典を確認できていません。14営業日は仮の目安です（DOMAIN.md：検査により12〜27日）。',
     '2026-11-30 00:00:00.000000', NULL, 'ccat/test-catalogue.json', 'ccat/test-catalogue.json の初期データ');
