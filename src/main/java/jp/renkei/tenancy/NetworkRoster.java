package jp.renkei.tenancy;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.report.ReportRenderer;

/** The printable roster of the network's hospitals and their partners (ネットワーク参加病院一覧). */
@Service
public class NetworkRoster {

    private final HospitalDirectory directory;
    private final ReportRenderer renderer;
    private final MessageBundleI18NProvider messages;
    private final Clock clock;

    NetworkRoster(HospitalDirectory directory, ReportRenderer renderer, MessageBundleI18NProvider messages,
            Clock clock) {
        this.directory = directory;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public byte[] renderPdf(Locale requested) {
        Locale locale = MessageBundleI18NProvider.supported(requested);
        List<Map<String, ?>> rows = directory.roster().stream()
                .<Map<String, ?>>map(entry -> row(entry, locale)).toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", text(locale, "roster.title"));
        parameters.put("networkName", text(locale, "app.network"));
        parameters.put("generatedAt", text(locale, "roster.generatedAt",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(JapanTime.ZONE))));
        parameters.put("columnName", text(locale, "hospital.name"));
        parameters.put("columnTier", text(locale, "hospital.tier"));
        parameters.put("columnPrefecture", text(locale, "hospital.prefecture"));
        parameters.put("columnPanel", text(locale, "hospital.panelCapable"));
        parameters.put("columnPartners", text(locale, "roster.partners"));
        parameters.put("footerNote", text(locale, "roster.footer", rows.size()));
        return renderer.renderPdf("hospital-roster", parameters, rows);
    }

    private Map<String, ?> row(RosterEntry entry, Locale locale) {
        HospitalSummary hospital = entry.hospital();
        String partners = entry.partners().stream()
                .map(partner -> partner.name(locale))
                .collect(Collectors.joining(locale.equals(Locale.ENGLISH) ? ", " : "、"));
        return Map.of(
                "name", hospital.name(locale),
                "tier", text(locale, "tier." + hospital.tier().name()),
                "prefecture", text(locale, "prefecture." + hospital.prefectureCode()),
                "panelCapable", text(locale, hospital.panelCapable() ? "common.yes" : "common.no"),
                "partners", partners.isEmpty() ? "—" : partners);
    }

    private String text(Locale locale, String key, Object... params) {
        return messages.getTranslation(key, locale, params);
    }
}
