package jp.renkei.ccat.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.shared.Registration;

import jp.renkei.ccat.SavedDraft;
import jp.renkei.ccat.TestDraftService;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * Keeps the drafts of the test page's entry forms, as the referral form keeps its draft: a form saves a few seconds
 * after its last change (not on every keystroke), and at once when the page is left or the tab closed; the session's
 * end leaves the page first (SessionExpiryWatch), so that saves too. When the author opens the page again the
 * drafts are filled back in, with a line saying so and a button to throw them away.
 */
class DraftKeeper extends HorizontalLayout implements BeforeLeaveObserver {

    static final Duration QUIET_BEFORE_SAVE = Duration.ofSeconds(3);
    /** While a form has unsaved changes the browser checks in this often; with none it does not poll at all. */
    private static final int CHECK_MILLIS = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TestDraftService drafts;
    private final Clock clock;
    private final List<DraftForm> forms;
    final Span restored = new Span();
    final Span saveState = new Span();
    final Button discard = new Button();
    private final Set<DraftForm> unsaved = new LinkedHashSet<>();
    /** Forms holding a draft (restored or typed into) and not recorded since: a live refresh must not wipe them. */
    private final Set<DraftForm> held = new LinkedHashSet<>();
    private long testId;
    private boolean keeping;
    private Instant lastChange;
    private Registration poll;

    DraftKeeper(TestDraftService drafts, Clock clock, List<DraftForm> forms) {
        this.drafts = drafts;
        this.clock = clock;
        this.forms = forms;
        restored.setId("draft-restored");
        saveState.setId("draft-state");
        saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");
        discard.setText(getTranslation("ccat.draft.discard"));
        discard.setId("draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        discard.addClickListener(e -> discardAll());
        setId("test-drafts");
        setAlignItems(Alignment.BASELINE);
        add(restored, discard, saveState);
        forms.forEach(form -> {
            form.whenChanged(() -> changed(form));
            form.whenRecorded(() -> {
                unsaved.remove(form);
                held.remove(form);
                showState();
            });
        });
        showState();
    }

    /** Fills in the author's drafts of the test; only for someone who may record on it (the forms are theirs). */
    void restore(long testId, boolean mayRecord) {
        this.testId = testId;
        this.keeping = mayRecord;
        if (!mayRecord) {
            return;
        }
        Map<?, SavedDraft> saved = drafts.drafts(testId);
        List<String> names = forms.stream().filter(form -> saved.containsKey(form.form())).map(form -> {
            form.fill(saved.get(form.form()).fields());
            held.add(form);
            return CcatTexts.draftForm(this, form.form());
        }).toList();
        if (!names.isEmpty()) {
            Instant last = saved.values().stream().map(SavedDraft::savedAt).max(Instant::compareTo).orElseThrow();
            restored.setText(getTranslation("ccat.draft.restored", String.join("・", names),
                    CcatTexts.fullDay(last.atZone(JapanTime.ZONE).toLocalDate()) + " "
                            + TIME.format(last.atZone(JapanTime.ZONE))));
        }
        showState();
    }

    /** Runs a refresh of the page's data without losing what the forms hold but the test does not yet. */
    void keepingTyped(Runnable refresh) {
        Map<DraftForm, Map<String, String>> typed = held.stream()
                .collect(Collectors.toMap(form -> form, DraftForm::values, (a, b) -> a, LinkedHashMap::new));
        refresh.run();
        typed.forEach(DraftForm::fill);
    }

    private void changed(DraftForm form) {
        if (!keeping) {
            return;
        }
        unsaved.add(form);
        held.add(form);
        lastChange = clock.instant();
        getUI().ifPresent(ui -> ui.setPollInterval(CHECK_MILLIS));
    }

    /** Saves once the forms have been quiet long enough; then stops polling until the next change. */
    void saveIfQuiet() {
        if (lastChange != null && !clock.instant().isBefore(lastChange.plus(QUIET_BEFORE_SAVE))) {
            saveNow();
        }
    }

    void saveNow() {
        lastChange = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (unsaved.isEmpty()) {
            return;
        }
        try {
            for (DraftForm form : List.copyOf(unsaved)) {
                drafts.save(testId, form.form(), form.values());
                unsaved.remove(form);
            }
            saveState.setText(getTranslation("ccat.draft.saved",
                    LocalTime.now(clock.withZone(JapanTime.ZONE)).format(TIME)));
            saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");
        } catch (Refused e) {
            saveState.setText(getTranslation("ccat.draft.notSaved", getTranslation(e.messageKey(),
                    e.arguments().toArray())));
            saveState.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        showState();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        saveNow();
    }

    /** The browser tab is closing or navigating away: a last, best-effort save of what changed since the last one. */
    @ClientCallable
    void pageHidden() {
        saveNow();
    }

    private void discardAll() {
        try {
            for (DraftForm form : held) {
                drafts.discard(testId, form.form());
            }
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            return;
        }
        unsaved.clear();
        held.clear();
        lastChange = null;
        // the forms show again what is recorded, as on a fresh visit
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private void showState() {
        restored.setVisible(!restored.getText().isEmpty() && !held.isEmpty());
        discard.setVisible(!held.isEmpty());
        saveState.setVisible(!saveState.getText().isEmpty());
        setVisible(restored.isVisible() || discard.isVisible() || saveState.isVisible());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        poll = event.getUI().addPollListener(e -> saveIfQuiet());
        getElement().executeJs("""
                const keeper = this;
                window.addEventListener('pagehide', () => { if (keeper.isConnected) keeper.$server.pageHidden(); });
                """);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        poll.remove();
    }
}
