package jp.renkei.expertpanel.ui;

import java.time.Clock;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

import jp.renkei.expertpanel.PanelAssignmentService;
import jp.renkei.expertpanel.PanelCaseAttachmentService;

/**
 * The case page's assignment (due date, late, moves, reassignment) and reports. One per page; it reads the case id
 * from the route like the page itself, so the page only adds it.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class PanelCaseworkSections extends Composite<VerticalLayout> implements BeforeEnterObserver {

    final CaseAssignmentSection assignment;
    final CaseAttachmentsSection attachments;

    PanelCaseworkSections(PanelAssignmentService assignments, PanelCaseAttachmentService attachmentService,
            Clock clock) {
        // a move changes the page's header (panel and meeting) too: show the whole route again
        this.assignment = new CaseAssignmentSection(assignments,
                () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
        this.attachments = new CaseAttachmentsSection(attachmentService, clock);
        getContent().setPadding(false);
        getContent().add(assignment, attachments);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId = event.getRouteParameters().getLong("id").orElse(0L);
        assignment.show(caseId);
        attachments.show(caseId);
    }

    void showChanges() {
        assignment.showChanges();
        attachments.showChanges();
    }
}
