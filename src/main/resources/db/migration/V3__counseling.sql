-- Remote genetic counseling: counselor directory with availability, bookings shared by the booking hospital
-- and the counselor's hospital, booking history and persisted reminders.

CREATE TABLE counselor (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    hospital_id   BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    qualification VARCHAR(40)  NOT NULL,
    languages     VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_counselor UNIQUE (hospital_id, user_id),
    CONSTRAINT fk_counselor_hospital FOREIGN KEY (hospital_id) REFERENCES hospital (id),
    CONSTRAINT fk_counselor_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE counselor_window (
    counselor_id BIGINT      NOT NULL,
    position     INT         NOT NULL,
    day_of_week  VARCHAR(10) NOT NULL,
    start_time   TIME        NOT NULL,
    end_time     TIME        NOT NULL,
    PRIMARY KEY (counselor_id, position),
    CONSTRAINT fk_window_counselor FOREIGN KEY (counselor_id) REFERENCES counselor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE counselor_exception (
    counselor_id BIGINT      NOT NULL,
    position     INT         NOT NULL,
    on_date      DATE        NOT NULL,
    start_time   TIME,
    end_time     TIME,
    kind         VARCHAR(20) NOT NULL,
    PRIMARY KEY (counselor_id, position),
    CONSTRAINT fk_exception_counselor FOREIGN KEY (counselor_id) REFERENCES counselor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE counseling_booking (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    origin_hospital_id   BIGINT        NOT NULL,
    partner_hospital_id  BIGINT        NOT NULL,
    counselor_id         BIGINT        NOT NULL,
    referral_id          BIGINT,
    patient_hospital_pid VARCHAR(30)   NOT NULL,
    patient_name         VARCHAR(100)  NOT NULL,
    session_type         VARCHAR(30)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    starts_at            DATETIME(6)   NOT NULL,
    ends_at              DATETIME(6)   NOT NULL,
    -- starts_at while the booking holds the slot, NULL once cancelled: the unique key below then lets
    -- the database itself refuse a second booking of the same counselor at the same start.
    active_start         DATETIME(6),
    video_url            VARCHAR(300)  NOT NULL,
    ics_uid              VARCHAR(100)  NOT NULL,
    ics_sequence         INT           NOT NULL DEFAULT 0,
    booked_by_user_id    BIGINT        NOT NULL,
    booked_by_name       VARCHAR(200)  NOT NULL,
    outcome_further_testing BOOLEAN,
    outcome_family_counseling BOOLEAN,
    outcome_note         VARCHAR(2000),
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_booking_active_slot UNIQUE (counselor_id, active_start),
    CONSTRAINT fk_booking_counselor FOREIGN KEY (counselor_id) REFERENCES counselor (id),
    INDEX ix_booking_origin (origin_hospital_id, starts_at),
    INDEX ix_booking_partner (partner_hospital_id, starts_at),
    INDEX ix_booking_counselor_time (counselor_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE counseling_booking_history (
    booking_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_name  VARCHAR(200)  NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (booking_id, position),
    CONSTRAINT fk_history_booking FOREIGN KEY (booking_id) REFERENCES counseling_booking (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each reminder is sent once: claimed by setting sent_at in the transaction that publishes its email event.
CREATE TABLE counseling_reminder (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    booking_id  BIGINT      NOT NULL,
    hospital_id BIGINT      NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    due_at      DATETIME(6) NOT NULL,
    sent_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder UNIQUE (booking_id, kind, due_at),
    CONSTRAINT fk_reminder_booking FOREIGN KEY (booking_id) REFERENCES counseling_booking (id),
    INDEX ix_reminder_due (sent_at, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
