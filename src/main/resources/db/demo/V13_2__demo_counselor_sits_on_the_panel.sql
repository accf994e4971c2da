-- The counselor 白石 真琴 (user 4) fills (ウ) on 東都's demo panel: to answer asynchronous rounds and read the
-- panel's cases she holds the panel-member role at 東都 besides her counselor role.
INSERT INTO membership (user_id, hospital_id, role, created_at) VALUES (4, 1, 'PANEL_MEMBER', UTC_TIMESTAMP(6));
