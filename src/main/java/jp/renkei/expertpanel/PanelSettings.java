package jp.renkei.expertpanel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code renkei.panel.*}. {@code dueBusinessDays}: a case is due at a panel this many business days after its
 * referral was accepted. The default 25 (five working weeks) leaves the lab's 12–27 days and about a week to
 * explain the result within the usual six weeks from order to explanation (DOMAIN.md, C-CAT data).
 */
@ConfigurationProperties("renkei.panel")
record PanelSettings(@DefaultValue("25") int dueBusinessDays) {
}
