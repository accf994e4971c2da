package jp.renkei.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An account nobody has signed in to for {@code unused-after} (under {@code renkei.accounts}; default 90 days)
 * counts as unused: the staff list marks it so that the hospital admin can disable it.
 */
@ConfigurationProperties("renkei.accounts")
public record AccountSettings(Duration unusedAfter) {

    public AccountSettings {
        unusedAfter = unusedAfter == null ? Duration.ofDays(90) : unusedAfter;
    }
}
