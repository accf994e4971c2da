package jp.renkei.ccat.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.ccat.CcatLivePages;
import jp.renkei.ccat.GenomicTestDetails;
import jp.renkei.ccat.GenomicTestService;
import jp.renkei.ccat.TestConsentService;
import jp.renkei.ccat.TestCoverage;
import jp.renkei.ccat.TestDraftForm;
import jp.renkei.ccat.TestDraftService;
import jp.renkei.ccat.billing.TestPurpose;
import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.SampleType;
import jp.renkei.referral.ReferralId;
import jp.renkei.shared.Role;
import jp.renkei.shared.live.LiveUpdates;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.RelatedPageLinks;
import jp.renkei.shared.workflow.Refused;

/**
 * One genomic test: what was ordered and what is still missing, its particulars (the testing hospital's coordinator
 * edits them), the turnarounds as measured, its milestones as a timeline, the follow-up entries and the consents.
 * The referring hospital's liaison clinician reads the same page.
 */
@Route("ccat/tests/:id([0-9]+)")
@RolesAllowed({ Role.Names.CORE_COORDINATOR, Role.Names.LIAISON_CLINICIAN })
class GenomicTestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GenomicTestService service;
    private final LiveUpdates live;
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final HorizontalLayout related = new HorizontalLayout();
    final UnorderedList missing = new UnorderedList();
    final Select<CatalogueTest> catalogueTest = new Select<>();
    final Select<SampleType> sampleType = new Select<>();
    final Select<TestPurpose> purpose = new Select<>();
    final Select<TestCoverage> coverage = new Select<>();
    final Button save = new Button();
    final Paragraph turnarounds = new Paragraph();
    final MilestoneTimeline timeline;
    final FollowUpSection followUps;
    final ConsentSection consents;
    final DraftForm particularsDraft;
    final DraftKeeper drafts;
    private GenomicTestDetails shown;

    GenomicTestView(GenomicTestService service, TestConsentService consentService, TestDraftService draftService,
            LiveUpdates live, Clock clock) {
        this.service = service;
        this.live = live;
        this.timeline = new MilestoneTimeline(service, this::show);
        this.followUps = new FollowUpSection(service, this::show);
        this.consents = new ConsentSection(consentService);
        setMaxWidth("80rem");
        missing.setId("test-missing");
        turnarounds.setId("test-turnarounds");
        catalogueTest.setLabel(getTranslation("ccat.test.catalogueTest"));
        catalogueTest.setId("test-catalogue");
        catalogueTest.setItemLabelGenerator(t -> t == null ? "" : t.name());
        catalogueTest.setEmptySelectionAllowed(true);
        catalogueTest.setEmptySelectionCaption(getTranslation("ccat.test.notChosen"));
        catalogueTest.setWidth("30rem");
        sampleType.setLabel(getTranslation("ccat.test.sampleType"));
        sampleType.setId("test-sample-type");
        sampleType.setItems(SampleType.values());
        sampleType.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        sampleType.setEmptySelectionAllowed(true);
        sampleType.setEmptySelectionCaption(getTranslation("ccat.test.notChosen"));
        purpose.setLabel(getTranslation("ccat.test.purpose"));
        purpose.setWidth("20rem");
        purpose.setItems(TestPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        coverage.setLabel(getTranslation("ccat.test.coverage"));
        coverage.setItems(TestCoverage.values());
        coverage.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        save.setText(getTranslation("ccat.test.save"));
        save.setId("test-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> describe());
        particularsDraft = new DraftForm(TestDraftForm.PARTICULARS).choice("catalogueTest", catalogueTest,
                CatalogueTest::id).choice("sampleType", sampleType, SampleType::name)
                .choice("purpose", purpose, TestPurpose::name).choice("coverage", coverage, TestCoverage::name);
        drafts = new DraftKeeper(draftService, clock,
                List.of(particularsDraft, timeline.draft, consents.draft, followUps.draft));
        HorizontalLayout particulars = new HorizontalLayout(catalogueTest, sampleType, purpose, coverage, save);
        particulars.setAlignItems(Alignment.BASELINE);
        particulars.setWrap(true);
        related.setId("test-related");
        add(new RouterLink(getTranslation("ccat.test.backToWorklist"), CcatWorklistView.class), title, drafts,
                facts, related, missing,
                new H3(getTranslation("ccat.test.particulars")), particulars, turnarounds,
                new H3(getTranslation("ccat.test.milestones")), timeline,
                new H3(getTranslation("ccat.followUp.title")), followUps,
                new H3(getTranslation("ccat.consent.title")), consents);
        add(CompletenessSection.create(), BillingSection.create());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        catalogueTest.setItems(service.catalogue());
        show(service.get(id));
        consents.show(id);
        drafts.restore(id, shown.editable());
        // the other hospital, a colleague or the panel's events change the test: the page follows, keeping drafts
        live.subscribe(this, CcatLivePages.test(id), () -> drafts.keepingTyped(() -> {
            show(service.get(id));
            consents.refresh();
        }));
    }

    private void show(GenomicTestDetails test) {
        shown = test;
        title.setText(getTranslation("ccat.test.title", test.id()));
        facts.setText(getTranslation("ccat.test.facts", test.patientId(), test.patientName(), test.orderedTestName(),
                CcatTexts.fullDay(test.orderedOn()),
                test.referralId() == null ? "—" : new ReferralId(test.referralId()).display()));
        related.removeAll();
        if (test.referralId() != null) {
            related.add(RelatedPageLinks.routerLink("referrals/" + test.referralId(),
                    getTranslation("ccat.link.referral")));
        }
        if (test.panelCaseId() != null) {
            related.add(RelatedPageLinks.routerLink("panels/cases/" + test.panelCaseId(),
                    getTranslation("ccat.link.panelCase")));
        }
        missing.removeAll();
        test.missing().forEach(key -> missing.add(new ListItem(getTranslation(key))));
        missing.setVisible(!test.missing().isEmpty());
        catalogueTest.getListDataView().getItems()
                .filter(t -> Objects.equals(t.id(), test.catalogueTestId())).findFirst()
                .ifPresentOrElse(catalogueTest::setValue, catalogueTest::clear);
        sampleType.setValue(test.sampleType());
        purpose.setValue(test.purpose());
        coverage.setValue(test.coverage());
        for (var field : new Select<?>[] { catalogueTest, sampleType, purpose, coverage }) {
            field.setReadOnly(!test.editable());
        }
        save.setVisible(test.editable());
        turnarounds.setText(getTranslation("ccat.test.turnarounds",
                test.labTurnaroundDays().map(String::valueOf).orElse("—"),
                test.ccatTurnaroundDays().map(String::valueOf).orElse("—")));
        timeline.show(test);
        followUps.show(test);
    }

    private void describe() {
        try {
            show(service.describe(shown.id(), shown.version(),
                    catalogueTest.getValue() == null ? null : catalogueTest.getValue().id(), sampleType.getValue(),
                    purpose.getValue(), coverage.getValue()));
            particularsDraft.recorded();
            Notifications.success(getTranslation("ccat.test.saved"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ccat.test.pageTitle") + " | " + getTranslation("app.name");
    }
}
