package jp.renkei.ccat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import jp.renkei.shared.text.FreeText;
import jp.renkei.shared.workflow.Actor;
import jp.renkei.shared.workflow.Refused;
import jp.renkei.shared.workflow.RetriedOnConflict;

/**
 * Drafts of a test page's entry forms, so nothing typed is lost when the session ends or the coordinator leaves the
 * page: kept per test, form and person in the database (either node restores them), seen only by their author,
 * and ended when the entry is recorded (by the recording service) or the author discards them. Saving is not
 * audited (it is the author's own unrecorded typing, saved every few seconds); reading one back is, since a draft
 * holds the patient's data.
 */
@Service
public class TestDraftService {

    static final int MAX_FIELDS = 20;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z]{1,40}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final TestDraftRepository drafts;
    private final TestAccess access;

    TestDraftService(TestDraftRepository drafts, TestAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    /** The signed-in coordinator's drafts of the test's forms (none for anyone else's). */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional // not read-only: restoring a draft is audited in the same transaction
    public Map<TestDraftForm, SavedDraft> drafts(long testId) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        List<TestDraft> found = drafts.findByTestIdAndAuthorId(testId, actor.user().value());
        Map<TestDraftForm, SavedDraft> shown = new EnumMap<>(TestDraftForm.class);
        found.forEach(draft -> shown.put(draft.form(),
                new SavedDraft(draft.form(), JSON.readValue(draft.fields(), FIELDS), draft.savedAt())));
        if (!shown.isEmpty()) {
            access.audit(actor, "CCAT_DRAFTS_RESTORED", test,
                    shown.keySet().stream().map(Enum::name).collect(Collectors.joining(" ")));
        }
        return shown;
    }

    /** Keeps the form's fields as typed (replacing the author's earlier draft); an empty form leaves no draft. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public void save(long testId, TestDraftForm form, Map<String, String> fields) {
        Actor actor = access.actor();
        access.testingSide(testId, actor);
        Map<String, String> checked = checked(testId, form, fields);
        long author = actor.user().value();
        if (checked.isEmpty()) {
            drafts.deleteByTestIdAndFormAndAuthorId(testId, form, author);
            return;
        }
        TestDraft draft = drafts.findByTestIdAndFormAndAuthorId(testId, form, author)
                .orElseGet(() -> new TestDraft(actor.hospital(), testId, form, author));
        draft.replace(JSON.writeValueAsString(checked), access.clock().instant());
        drafts.save(draft);
    }

    /** The author throws the draft away: the form shows what is recorded again. */
    @PreAuthorize("hasRole('CORE_COORDINATOR')")
    @Transactional
    @RetriedOnConflict
    public void discard(long testId, TestDraftForm form) {
        Actor actor = access.actor();
        GenomicTest test = access.testingSide(testId, actor);
        if (form == null) {
            throw new Refused("ccat.draft.error.invalid", "ccat_test:" + testId);
        }
        drafts.deleteByTestIdAndFormAndAuthorId(testId, form, actor.user().value());
        access.audit(actor, "CCAT_DRAFT_DISCARDED", test, form.name());
    }

    /** Field names as the page names them, values as one line of free text; blank values are left out. */
    private static Map<String, String> checked(long testId, TestDraftForm form, Map<String, String> fields) {
        if (form == null || fields == null || fields.size() > MAX_FIELDS
                || !fields.keySet().stream().allMatch(name -> name != null && FIELD_NAME.matcher(name).matches())) {
            throw new Refused("ccat.draft.error.invalid", "ccat_test:" + testId);
        }
        Map<String, String> checked = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                checked.put(name, FreeText.line("input.field.ccatDraft", value, MAX_VALUE_LENGTH));
            }
        });
        return checked;
    }
}
