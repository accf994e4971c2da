package jp.renkei.ccat.catalogue;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.text.FreeText;
import jp.renkei.shared.workflow.ChangedConcurrently;
import jp.renkei.shared.workflow.Refused;

/**
 * The network admin keeps the test catalogue: names, sample types and typical lab turnarounds, each with its source
 * or an "unconfirmed" mark. Every save is a new revision with a reason, and audited; nothing is overwritten.
 */
@Service
public class TestCatalogueService {

    static final int NAME = 200;
    static final int SOURCE = 1000;
    static final int REASON = 500;
    private static final String ID_PATTERN = "[A-Z0-9_]{2,40}";

    private final CatalogueRevisions revisions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TestCatalogueService(CatalogueRevisions revisions, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<CatalogueEntry> current() {
        return revisions.current();
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<CatalogueEntry> history(String testId) {
        return revisions.history(testId);
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public CatalogueEntry save(CatalogueEdit edit) {
        SignedInUser admin = currentUser.require();
        String id = edit.testId() == null ? "" : edit.testId().strip();
        if (!id.matches(ID_PATTERN)) {
            throw new Refused("ccat.catalogue.error.id", id);
        }
        String unconfirmed = FreeText.lines("input.field.catalogueUnconfirmed", blankToNull(edit.unconfirmed()), SOURCE);
        CatalogueTest test;
        try {
            test = new CatalogueTest(id, FreeText.line("input.field.testName", strip(edit.name()), NAME),
                    edit.sampleType(), edit.labTurnaroundBusinessDays(),
                    FreeText.lines("input.field.catalogueSource", strip(edit.source()), SOURCE), unconfirmed);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused("ccat.catalogue.error.incomplete", e.getMessage());
        }
        String reason = FreeText.lines("input.field.reason", strip(edit.reason()), REASON);
        if (reason == null || reason.isEmpty()) {
            throw new Refused("ccat.catalogue.error.reason", id);
        }
        int latest = revisions.latestRevision(id);
        if (latest != edit.expectedRevision()) {
            throw latest > 0 && edit.expectedRevision() == 0 ? new Refused("ccat.catalogue.error.exists", id)
                    : new ChangedConcurrently("catalogue test " + id);
        }
        CatalogueEntry entry = new CatalogueEntry(test, latest + 1, clock.instant(), admin.displayName(), reason);
        try {
            revisions.insert(entry, admin.id().value());
        } catch (DuplicateKeyException e) {
            throw new ChangedConcurrently("catalogue test " + id);
        }
        events.publishEvent(AuditEvent.byUser(admin.id(), admin.displayName(), null, "CCAT_CATALOGUE_CHANGED",
                "ccat_catalogue:" + id, "revision " + entry.revision()));
        return entry;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
