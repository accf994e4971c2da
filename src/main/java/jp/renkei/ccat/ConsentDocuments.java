package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.ccat.consent.ConsentDocumentVersion;

/**
 * The consent form versions, shared by the whole network (no hospital, no patient data): read with plain SQL
 * rather than as an entity, and never written by the application. Each row's hash is checked against its text as
 * it is read, so a changed text cannot pass for the signed one.
 */
@Component
class ConsentDocuments {

    private final JdbcClient jdbc;

    ConsentDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsentDocumentChoice> all() {
        return jdbc.sql("select * from ccat_consent_document order by form_id, effective_from")
                .query((rs, row) -> choice(rs.getLong("id"), rs.getString("form_id"), rs.getString("version"),
                        rs.getString("title"), rs.getDate("effective_from").toLocalDate(), rs.getString("body"),
                        rs.getString("sha256"), rs.getBoolean("illustrative")))
                .list();
    }

    private static ConsentDocumentChoice choice(long id, String formId, String version, String title,
            LocalDate effectiveFrom, String body, String sha256, boolean illustrative) {
        ConsentDocumentVersion document = ConsentDocumentVersion.of(formId, version, title, effectiveFrom, body);
        if (!document.sha256().equals(sha256)) {
            throw new IllegalStateException("consent document " + formId + " v" + version
                    + ": the stored hash does not match its text");
        }
        return new ConsentDocumentChoice(id, document, illustrative);
    }
}
