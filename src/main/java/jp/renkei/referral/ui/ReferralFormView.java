package jp.renkei.referral.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import jp.renkei.referral.AttachmentInfo;
import jp.renkei.referral.attachment.AttachmentRejected;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

import jp.renkei.referral.ReferralAction;
import jp.renkei.referral.ReferralContent;
import jp.renkei.referral.ReferralDetails;
import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralInvalid;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferralValidation;
import jp.renkei.referral.RequestedService;
import jp.renkei.referral.oncotree.CancerTypeCatalogue;
import jp.renkei.referral.priortest.PriorTestCatalogue;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.tenancy.HospitalSummary;

/**
 * Writing a referral. Drafts save by button, by themselves a few seconds after the last change (not on every
 * keystroke), and when the person leaves the page; files can be attached while drafting. "Send" re-checks
 * everything on the server.
 */
@Route("referrals/new")
@RouteAlias("referrals/:id/edit")
@RolesAllowed(Role.Names.LIAISON_CLINICIAN)
class ReferralFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final java.time.Clock clock;

    /** How long the form must stay untouched before it saves itself. */
    static final Duration QUIET_BEFORE_SAVE = Duration.ofSeconds(3);
    /** While there are unsaved changes the browser checks in this often; with none it does not poll at all. */
    private static final int CHECK_MILLIS = 1000;
    private static final int TYPING_PAUSE_MILLIS = 1200;

    private final ReferralService referrals;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    final ComboBox<HospitalSummary> receiving = new ComboBox<>();
    final PatientSection patient;
    final ClinicalSection clinical;
    final SpecimenSection specimen = new SpecimenSection();
    final PriorTestsEditor priorTests;
    final CheckboxGroup<RequestedService> services = new CheckboxGroup<>();
    final EligibilityPanel eligibility = new EligibilityPanel();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Span saveState = new Span();
    private ReferralId id;
    private Long version;
    private ReferralContent lastSaved;
    private com.vaadin.flow.shared.Registration autosave;
    private Instant lastChange;
    final Div attachments = new Div();
    final Upload upload;

    ReferralFormView(ReferralService referrals, CancerTypeCatalogue cancerTypes, PriorTestCatalogue priorTestCatalogue,
            java.time.Clock clock) {
        this.priorTests = new PriorTestsEditor(priorTestCatalogue);
        this.clock = clock;
        this.referrals = referrals;
        this.patient = new PatientSection(pid -> pid.isBlank() ? null : referrals.knownPatient(pid).orElse(null));
        this.clinical = new ClinicalSection(cancerTypes);
        setMaxWidth("70rem");
        receiving.setId("receiving-hospital");
        receiving.setLabel(getTranslation("referral.to"));
        receiving.setItems(referrals.receivingHospitals());
        receiving.setItemLabelGenerator(h -> h.name(locale));
        receiving.setRequiredIndicatorVisible(true);
        receiving.setWidth("28em");
        services.setId("services");
        services.setLabel(getTranslation("referral.services"));
        services.setItems(RequestedService.values());
        services.setItemLabelGenerator(s -> getTranslation("service." + s.name()));
        services.setRequiredIndicatorVisible(true);
        saveDraft.setText(getTranslation("referral.saveDraft"));
        saveDraft.setId("save-draft");
        saveDraft.addClickListener(e -> save(false));
        submit.setText(getTranslation("referral.submit"));
        submit.setId("submit-referral");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> send());
        saveState.setId("save-state");
        saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");

        clinical.standardTreatment.addValueChangeListener(e -> reassess());
        clinical.ecog.addValueChangeListener(e -> reassess());
        specimen.type.addValueChangeListener(e -> reassess());
        specimen.collectedOn.addValueChangeListener(e -> reassess());
        specimen.fixation.addValueChangeListener(e -> reassess());
        specimen.cellularity.addValueChangeListener(e -> reassess());
        receiving.addValueChangeListener(e -> reassess());
        priorTests.onChange(() -> {
            reassess();
            changed();
        });

        attachments.setId("draft-attachments");
        upload = AttachmentUpload.create(this, this::attach);

        HorizontalLayout actions = new HorizontalLayout(saveDraft, submit, saveState);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("referral.formTitle")), receiving,
                new H3(getTranslation("referral.section.patient")), patient,
                new H3(getTranslation("referral.section.clinical")), clinical,
                new H3(getTranslation("referral.section.specimen")), specimen,
                new H3(getTranslation("referral.section.priorTests")), priorTests,
                new H3(getTranslation("referral.section.services")), services,
                eligibility, new H3(getTranslation("referral.section.draftAttachments")), attachments, upload, actions);
        watchForChanges(this);
    }

    /** Every field the person touches marks the draft changed; typing counts once the person pauses. */
    private void watchForChanges(Component parent) {
        parent.getChildren().forEach(child -> {
            if (child instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.LAZY);
                typed.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
            }
            if (child instanceof HasValue<?, ?> field) {
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed();
                    }
                });
            }
            watchForChanges(child);
        });
    }

    void changed() {
        lastChange = clock.instant();
        getUI().ifPresent(ui -> ui.setPollInterval(CHECK_MILLIS));
    }

    /** Saves once the form has been quiet long enough; then stops polling until the next change. */
    void saveIfQuiet() {
        if (lastChange != null && !clock.instant().isBefore(lastChange.plus(QUIET_BEFORE_SAVE))) {
            saveNow();
        }
    }

    private void saveNow() {
        lastChange = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        save(true);
    }

    boolean hasUnsavedChanges() {
        return lastChange != null;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            saveNow();
        }
    }

    /** The browser tab is closing or navigating away: a last, best-effort save of what changed since the last one. */
    @ClientCallable
    void pageHidden() {
        if (hasUnsavedChanges()) {
            saveNow();
        }
    }

    private void attach(String fileName, byte[] data) {
        if (id == null && !save(false)) {
            Notifications.error(getTranslation("referral.attachment.saveFirst"));
            return;
        }
        try {
            referrals.attach(id, fileName, data);
            version = referrals.get(id).version();
            Notifications.success(getTranslation("attachment.added", fileName));
            showAttachments(referrals.get(id).attachments());
        } catch (AttachmentRejected e) {
            Notifications.error(getTranslation(e.messageKey(), e.messageArguments()));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void showAttachments(List<AttachmentInfo> files) {
        attachments.removeAll();
        files.forEach(file -> attachments.add(new Div(VaadinIcon.PAPERCLIP.create(),
                new Span(" " + file.fileName() + "（" + (file.sizeBytes() / 1024 + 1) + " KB）"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a missing referral, or another hospital's, raises ReferralNotFound: the shell's not-found page shows it
        event.getRouteParameters().getLong("id").ifPresent(value -> show(referrals.get(new ReferralId(value))));
    }

    private void show(ReferralDetails details) {
        if (!details.mayTake(ReferralAction.EDIT)) {
            getUI().ifPresent(ui -> ui.navigate("referrals/" + details.id().value()));
            return;
        }
        id = details.id();
        version = details.version();
        lastSaved = details.content();
        receiving.setValue(details.receivingHospital());
        receiving.setReadOnly(true);
        patient.show(details.content().patient());
        clinical.show(details.content().clinical());
        specimen.show(details.content().specimen());
        priorTests.show(details.content().priorTests());
        services.setValue(details.content().services());
        showAttachments(details.attachments());
        eligibility.justification.setValue(details.content().eligibilityJustification() == null ? ""
                : details.content().eligibilityJustification());
        reassess();
    }

    private ReferralContent content() {
        return new ReferralContent(patient.value(), clinical.value(), specimen.value(), priorTests.value(),
                services.getValue(), eligibility.justification.getValue());
    }

    /** Saves the draft; quietly (autosave) when nothing needs the person's attention. */
    private boolean save(boolean quietly) {
        if (receiving.getValue() == null) {
            if (!quietly) {
                receiving.setErrorMessage(getTranslation("referral.validation.receiverRequired"));
                receiving.setInvalid(true);
            }
            return false;
        }
        ReferralContent content = content();
        if (quietly && content.equals(lastSaved)) {
            return true;
        }
        Map<String, String> problems = ReferralValidation.forDraft(content, java.time.LocalDate.now(clock.withZone(JapanTime.ZONE)));
        if (!problems.isEmpty()) {
            if (!quietly) {
                showProblems(problems);
            }
            notSaved();
            return false;
        }
        try {
            ReferralDetails saved = referrals.saveDraft(id, version, receiving.getValue().id(), content);
            boolean first = id == null;
            id = saved.id();
            version = saved.version();
            lastSaved = content;
            receiving.setReadOnly(true);
            clearProblems();
            saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");
            saveState.setText(getTranslation(quietly ? "referral.autosaved" : "referral.saved",
                    LocalTime.now(clock.withZone(JapanTime.ZONE)).format(DateTimeFormatter.ofPattern("HH:mm"))));
            if (first) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "referrals/" + id.value() + "/edit"));
            }
            return true;
        } catch (ReferralInvalid e) {
            showProblems(e.fieldMessages());
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
        notSaved();
        return false;
    }

    /**
     * What is on the form is not saved: the line beside the buttons must not keep saying the last save's time, or the
     * person believes the draft holds what they typed.
     */
    private void notSaved() {
        saveState.setText(getTranslation("referral.notSaved"));
        saveState.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void send() {
        Map<String, String> problems = ReferralValidation.forSubmission(content(), java.time.LocalDate.now(clock.withZone(JapanTime.ZONE)));
        if (!problems.isEmpty()) {
            showProblems(problems);
            Notifications.error(getTranslation("referral.validation.fixBeforeSending"));
            return;
        }
        reassess();
        if (eligibility.needsJustification()) {
            eligibility.justification.setErrorMessage(getTranslation("referral.error.justificationRequired"));
            eligibility.justification.setInvalid(true);
            return;
        }
        if (!save(false)) {
            return;
        }
        try {
            referrals.submit(id, version, eligibility.justification.getValue());
            Notifications.success(getTranslation("referral.submitted", id.display()));
            getUI().ifPresent(ui -> ui.navigate("referrals/" + id.value()));
        } catch (ReferralInvalid e) {
            showProblems(e.fieldMessages());
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void reassess() {
        if (receiving.getValue() != null) {
            eligibility.show(referrals.assess(receiving.getValue().id(), content()));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.putAll(patient.fields());
        fields.putAll(clinical.fields());
        fields.putAll(specimen.fields());
        fields.put(ReferralValidation.SERVICES, services);
        fields.put("receivingHospital", receiving);
        return fields;
    }

    private void showProblems(Map<String, String> problems) {
        clearProblems();
        Map<String, HasValidation> fields = fields();
        problems.forEach((field, key) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(getTranslation(key));
                component.setInvalid(true);
            }
        });
    }

    private void clearProblems() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        autosave = event.getUI().addPollListener(poll -> saveIfQuiet());
        getElement().executeJs("""
                const form = this;
                window.addEventListener('pagehide', () => { if (form.isConnected) form.$server.pageHidden(); });
                """);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        autosave.remove();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referral.formTitle") + " | " + getTranslation("app.name");
    }
}
