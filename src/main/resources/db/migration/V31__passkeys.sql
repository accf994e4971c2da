-- Passkeys (WebAuthn) as an alternative second factor, in the tables Spring Security's
-- JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository read and write (their column names);
-- in the database so that every application node knows every passkey. Ids are base64url text: ASCII keeps the
-- primary keys within the index size limit of MariaDB and MySQL 8.4.

-- A person as authenticators know them: a random WebAuthn user handle (id) and the portal's user name (name).
CREATE TABLE user_entities (
    id           VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_user_entities_name UNIQUE (name),
    CONSTRAINT fk_user_entities_account FOREIGN KEY (name) REFERENCES user_account (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One registered passkey: its public key (the private key never leaves the authenticator), the signature counter,
-- the label the person gave it and when it was registered and last used.
CREATE TABLE user_credentials (
    credential_id                VARCHAR(1400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_entity_user_id          VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    public_key                   BLOB          NOT NULL,
    signature_count              BIGINT        NOT NULL,
    uv_initialized               BOOLEAN       NOT NULL,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000) NULL,
    public_key_credential_type   VARCHAR(100)  NULL,
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BLOB          NULL,
    attestation_client_data_json BLOB          NULL,
    created                      DATETIME(6)   NULL,
    last_used                    DATETIME(6)   NULL,
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id),
    CONSTRAINT fk_user_credentials_user FOREIGN KEY (user_entity_user_id) REFERENCES user_entities (id),
    INDEX ix_user_credentials_user (user_entity_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
