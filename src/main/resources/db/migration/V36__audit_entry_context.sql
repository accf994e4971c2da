-- Who acted in which role, from where and with what (MHLW guideline 6.0 access log; issue 10 "Audit trail"):
-- the actor's role codes at the hospital (comma separated), the source address as the servlet container saw it,
-- and the client's User-Agent (truncated). Null where nothing came over the web (event listeners, jobs) and
-- for every entry written before this migration, whose hashes do not cover these columns.
ALTER TABLE audit_entry
    ADD COLUMN actor_role     VARCHAR(200) NULL,
    ADD COLUMN source_address VARCHAR(64)  NULL,
    ADD COLUMN client         VARCHAR(300) NULL;
