-- Demo expert panel (profile "demo" only): 東都 (hospital 1) runs a solid-tumour panel and sequences in-house, so
-- its members cover every category (ア)–(キ); the demo panelist 黒田 修 (user 5), the pathologist 小野寺 剛 (8)
-- and the counselor 白石 真琴 (4) sit on it with people who have no portal account. Its meetings are dated from the
-- application clock on working days, so they are seeded in Java (expertpanel/PanelDemoData).

INSERT INTO expert_panel (id, hospital_id, name, tumour_category, in_house_sequencing, created_at) VALUES
 (1, 1, '東都大学病院 がんゲノム エキスパートパネル（固形がん）', 'SOLID', TRUE, UTC_TIMESTAMP(6));

INSERT INTO expert_panel_member (id, hospital_id, panel_id, user_id, display_name, roles, specialty, full_time,
        pediatric_experience, created_at) VALUES
 (1, 1, 1, 5,    '黒田 修',     'A',   '腫瘍内科',   TRUE,  FALSE, UTC_TIMESTAMP(6)),
 (2, 1, 1, NULL, '藤本 真一',   'A',   '消化器内科', TRUE,  FALSE, UTC_TIMESTAMP(6)),
 (3, 1, 1, NULL, '石川 由紀',   'B,E', '臨床遺伝',   TRUE,  FALSE, UTC_TIMESTAMP(6)),
 (4, 1, 1, 4,    '白石 真琴',   'C',   NULL,         TRUE,  FALSE, UTC_TIMESTAMP(6)),
 (5, 1, 1, 8,    '小野寺 剛',   'D',   '病理診断科', TRUE,  FALSE, UTC_TIMESTAMP(6)),
 (6, 1, 1, NULL, '宮本 健',     'E',   NULL,         TRUE,  FALSE, UTC_TIMESTAMP(6)),
 (7, 1, 1, NULL, '安藤 涼',     'F',   NULL,         FALSE, FALSE, UTC_TIMESTAMP(6)),
 (8, 1, 1, NULL, '佐伯 美和',   'G',   '小児科',     TRUE,  TRUE,  UTC_TIMESTAMP(6));
