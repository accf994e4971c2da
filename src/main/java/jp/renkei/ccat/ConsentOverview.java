package jp.renkei.ccat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.renkei.ccat.consent.ConsentScope;

/**
 * A test's consents: the state of each scope at the end of {@code asOf} (or now, for today), whether data could be
 * submitted to C-CAT then, every decision recorded, and the form versions a new decision can be recorded under.
 *
 * @param state    each scope's latest decision by then; a scope never decided is absent
 * @param editable the viewer is a coordinator of the testing hospital
 */
public record ConsentOverview(LocalDate asOf, Map<ConsentScope, ConsentEntry> state, boolean submissionAllowed,
        List<ConsentEntry> history, List<ConsentDocumentChoice> documents, boolean editable) {

    public ConsentOverview {
        state = Map.copyOf(state);
        history = List.copyOf(history);
        documents = List.copyOf(documents);
    }
}
