package jp.renkei.ccat;

import jp.renkei.ccat.consent.ConsentDocumentVersion;

/**
 * A consent form version a decision can be recorded under.
 *
 * @param illustrative the seeded form is an example, not C-CAT's real form (its id and text are made up)
 */
public record ConsentDocumentChoice(long id, ConsentDocumentVersion document, boolean illustrative) {
}
