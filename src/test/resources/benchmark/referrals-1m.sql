-- 1,000,000 referrals for the list benchmark (ReferralListBenchmark). Portable MySQL 8 / MariaDB SQL:
-- numbers 0..999999 from a cross join of digits; deterministic content (same rows every run).
-- Receivers: 東都 (1) gets 60 %, 西海 (2) 25 %, 青葉台 (3) 15 %. Statuses and dates spread over two years.
CREATE TEMPORARY TABLE bench_digit (d INT NOT NULL);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

INSERT INTO patient (hospital_id, hospital_patient_id, name_kanji, name_kana, birth_date, sex, created_at)
SELECT h.id, CONCAT('BENCH-', h.id), '負荷 試験', 'フカ シケン', '1960-01-01', 'FEMALE', UTC_TIMESTAMP(6)
FROM hospital h WHERE h.tier = 'LIAISON';

INSERT INTO referral (origin_hospital_id, partner_hospital_id, patient_id, status, patient_hospital_pid,
    patient_name_kanji, patient_name_kana, patient_birth_date, patient_sex, cancer_type_code, stage,
    treatment_line, standard_treatment, ecog, clinical_summary, specimen_type, wants_cgp, wants_counseling,
    wants_panel, referring_user_id, referring_user_name, submitted_at, ack_due_at, created_at, updated_at)
SELECT o.id, t.partner, p.id,
       ELT(1 + n.n % 10, 'SUBMITTED', 'ACCEPTED', 'SCHEDULED', 'TEST_ORDERED', 'RESULTS_RETURNED', 'CLOSED',
           'CLOSED', 'DECLINED', 'RETURNED', 'CLOSED'),
       CONCAT('BENCH-', o.id), '負荷 試験', 'フカ シケン', '1960-01-01', 'FEMALE',
       ELT(1 + n.n % 8, 'PAAD', 'COAD', 'LUAD', 'BRCA', 'STAD', 'IHCH', 'PRAD', 'HGSOC'), 'IV', 2, 'ENDED', 1,
       'benchmark', 'FFPE_TISSUE', TRUE, n.n % 7 = 0, n.n % 3 = 0, 1, 'bench',
       TIMESTAMPADD(MINUTE, -(n.n % 1051200), UTC_TIMESTAMP(6)),
       TIMESTAMPADD(MINUTE, -(n.n % 1051200) + 2880, UTC_TIMESTAMP(6)),
       TIMESTAMPADD(MINUTE, -(n.n % 1051200), UTC_TIMESTAMP(6)),
       TIMESTAMPADD(MINUTE, -(n.n % 1051200) + 60, UTC_TIMESTAMP(6))
FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
      FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g) n
JOIN (SELECT 0 AS k, 1 AS partner UNION ALL SELECT 1, 1 UNION ALL SELECT 2, 1 UNION ALL SELECT 3, 1
      UNION ALL SELECT 4, 1 UNION ALL SELECT 5, 1 UNION ALL SELECT 6, 2 UNION ALL SELECT 7, 2
      UNION ALL SELECT 8, 2 UNION ALL SELECT 9, 3 UNION ALL SELECT 10, 3 UNION ALL SELECT 11, 1
      UNION ALL SELECT 12, 1 UNION ALL SELECT 13, 1 UNION ALL SELECT 14, 1 UNION ALL SELECT 15, 1
      UNION ALL SELECT 16, 2 UNION ALL SELECT 17, 2 UNION ALL SELECT 18, 3 UNION ALL SELECT 19, 1) t
  ON t.k = n.n % 20
JOIN (SELECT 0 AS k, 5 AS id UNION ALL SELECT 1, 6 UNION ALL SELECT 2, 11 UNION ALL SELECT 3, 8
      UNION ALL SELECT 4, 9 UNION ALL SELECT 5, 10 UNION ALL SELECT 6, 7) o ON o.k = n.n % 7
JOIN patient p ON p.hospital_id = o.id AND p.hospital_patient_id = CONCAT('BENCH-', o.id);

DROP TEMPORARY TABLE bench_digit;
ANALYZE TABLE referral;
