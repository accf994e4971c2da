-- Demo network (profile "demo" only): fictional hospitals and people, password Renkei-Demo-2026 for all.
-- Demo scripts are numbered right after the schema script they fill (V1 -> V1_1) so that adding V2 later
-- never lands "out of order" on a database that already has the demo data.

INSERT INTO hospital (id, code, name_ja, name_en, tier, panel_capable, prefecture_code, address_ja, created_at) VALUES
 (1,  'C-TOTO',    '東都大学医学部附属病院',   'Toto University Hospital',              'CORE',       TRUE,  '13', '東京都文京区本郷台3-1-1',     UTC_TIMESTAMP(6)),
 (2,  'C-SEIKAI',  '西海医科大学病院',         'Seikai Medical University Hospital',    'CORE',       TRUE,  '40', '福岡県福岡市東区潮見2-5-10',  UTC_TIMESTAMP(6)),
 (3,  'D-AOBA',    '青葉台がんセンター',       'Aobadai Cancer Center',                 'DESIGNATED', TRUE,  '04', '宮城県仙台市青葉区杜が丘8-2', UTC_TIMESTAMP(6)),
 (4,  'D-NANIWA',  '浪速湾岸総合病院',         'Naniwa Bayside General Hospital',       'DESIGNATED', TRUE,  '27', '大阪府大阪市港区湾岸町1-20',  UTC_TIMESTAMP(6)),
 (5,  'L-SAGAMI',  '相模野中央病院',           'Sagamino Central Hospital',             'LIAISON',    FALSE, '14', '神奈川県相模野市中央2-14-3',  UTC_TIMESTAMP(6)),
 (6,  'L-BOSO',    '房総みらい病院',           'Boso Mirai Hospital',                   'LIAISON',    FALSE, '12', '千葉県房総市みらい台5-7',     UTC_TIMESTAMP(6)),
 (7,  'L-KITAMI',  '北見ヶ丘病院',             'Kitamigaoka Hospital',                  'LIAISON',    TRUE,  '01', '北海道北見ヶ丘市緑町4-1',     UTC_TIMESTAMP(6)),
 (8,  'L-CHIKUGO', '筑後川記念病院',           'Chikugogawa Memorial Hospital',         'LIAISON',    FALSE, '40', '福岡県筑後川市本町9-9',       UTC_TIMESTAMP(6)),
 (9,  'L-IZUMI',   '泉ヶ丘市民病院',           'Izumigaoka Municipal Hospital',         'LIAISON',    FALSE, '27', '大阪府泉ヶ丘市桜通3-3',       UTC_TIMESTAMP(6)),
 (10, 'L-SETO',    '瀬戸内みなと病院',         'Setouchi Minato Hospital',              'LIAISON',    FALSE, '34', '広島県瀬戸内市みなと町6-2',   UTC_TIMESTAMP(6)),
 (11, 'L-KAGA',    '加賀野総合病院',           'Kagano General Hospital',               'LIAISON',    FALSE, '17', '石川県加賀野市城南1-8',       UTC_TIMESTAMP(6));

INSERT INTO partnership (liaison_hospital_id, partner_hospital_id, since, created_at) VALUES
 (5, 1, '2019-06-01', UTC_TIMESTAMP(6)),
 (6, 1, '2019-09-01', UTC_TIMESTAMP(6)),
 (6, 3, '2021-04-01', UTC_TIMESTAMP(6)),
 (7, 3, '2020-04-01', UTC_TIMESTAMP(6)),
 (8, 2, '2019-06-01', UTC_TIMESTAMP(6)),
 (9, 4, '2020-10-01', UTC_TIMESTAMP(6)),
 (10, 2, '2022-04-01', UTC_TIMESTAMP(6)),
 (10, 4, '2023-04-01', UTC_TIMESTAMP(6)),
 (11, 1, '2021-10-01', UTC_TIMESTAMP(6));

INSERT INTO user_account (id, username, display_name, email, password_hash, enabled, created_at) VALUES
 (1,  'liaison',         '山野 遥',     'liaison@sagamino.example.jp',     '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (2,  'liaison2',        '海老原 拓真', 'liaison2@boso-mirai.example.jp',  '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (3,  'coordinator',     '森川 千夏',   'coordinator@toto-u.example.jp',   '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (4,  'counselor',       '白石 真琴',   'counselor@toto-u.example.jp',     '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (5,  'panelist',        '黒田 修',     'panelist@toto-u.example.jp',      '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (6,  'hospital-admin',  '高瀬 恵',     'admin@toto-u.example.jp',         '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (7,  'network-admin',   '中原 徹',     'network-admin@renkei.example.jp', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (8,  'toto-pathologist','小野寺 剛',   'onodera@toto-u.example.jp',       '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (9,  'toto-coordinator2','平井 綾',    'hirai@toto-u.example.jp',         '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (10, 'aoba-coordinator','菅原 陽子',   'sugawara@aobadai.example.jp',     '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (11, 'aoba-admin',      '今野 大輔',   'konno@aobadai.example.jp',        '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6)),
 (12, 'seikai-coordinator','古賀 美穂', 'koga@seikai-med.example.jp',      '{argon2}$argon2id$v=19$m=16384,t=2,p=1$G3+WWACCTaKQmdFNVO4org$hvBtTIetGf0c/G4sdW6uY/QNo6UF+prjeUUzQqZrMjU', TRUE, UTC_TIMESTAMP(6));

INSERT INTO membership (user_id, hospital_id, role, created_at) VALUES
 (1, 5, 'LIAISON_CLINICIAN', UTC_TIMESTAMP(6)),
 (2, 6, 'LIAISON_CLINICIAN', UTC_TIMESTAMP(6)),
 (3, 1, 'CORE_COORDINATOR', UTC_TIMESTAMP(6)),
 (4, 1, 'GENETIC_COUNSELOR', UTC_TIMESTAMP(6)),
 (4, 3, 'GENETIC_COUNSELOR', UTC_TIMESTAMP(6)),
 (5, 1, 'PANEL_MEMBER', UTC_TIMESTAMP(6)),
 (6, 1, 'HOSPITAL_ADMIN', UTC_TIMESTAMP(6)),
 (7, NULL, 'NETWORK_ADMIN', UTC_TIMESTAMP(6)),
 (8, 1, 'PANEL_MEMBER', UTC_TIMESTAMP(6)),
 (9, 1, 'CORE_COORDINATOR', UTC_TIMESTAMP(6)),
 (10, 3, 'CORE_COORDINATOR', UTC_TIMESTAMP(6)),
 (11, 3, 'HOSPITAL_ADMIN', UTC_TIMESTAMP(6)),
 (12, 2, 'CORE_COORDINATOR', UTC_TIMESTAMP(6));
