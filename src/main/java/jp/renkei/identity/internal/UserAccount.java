package jp.renkei.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's login. Network-level: one person may hold memberships at several hospitals. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled;

    /** Written by {@link SignInAttempts} in SQL; read here to refuse a locked account. */
    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    /** Written by {@link SignInAttempts} in SQL at each complete sign-in; null if the person never signed in. */
    @Column(name = "last_signed_in_at", insertable = false, updatable = false)
    private Instant lastSignedInAt;

    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLockedAt(Instant moment) {
        return lockedUntil != null && lockedUntil.isAfter(moment);
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    /** Unused since {@code cutoff}: no sign-in since then, or none at all on an account older than that. */
    public boolean isUnusedSince(Instant cutoff) {
        Instant lastUse = lastSignedInAt == null ? createdAt : lastSignedInAt;
        return !lastUse.isAfter(cutoff);
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** An admin chose the password: the person replaces it at their next sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    /** The person chose this password themselves. */
    public void changePassword(String hash) {
        this.passwordHash = hash;
        this.passwordChangeRequired = false;
    }
}
