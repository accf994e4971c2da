-- 相模野中央病院 (5) and 東都大学医学部附属病院 (1): the partnership of the demo and the tests
INSERT INTO panel_agreed_pair (origin_hospital_id, partner_hospital_id, list_version, effective_from, gene, alteration, drug)
VALUES (5, 1, 1, '2024-04-01', 'ERBB2', 'amplification', 'トラスツズマブ デルクステカン'),
       (5, 1, 2, '2025-04-01', 'ERBB2', 'amplification', 'トラスツズマブ デルクステカン'),
       (5, 1, 2, '2025-04-01', 'KRAS', 'p.G12C', 'ソトラシブ');
