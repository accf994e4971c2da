package jp.renkei.ccat.catalogue;

import jp.renkei.ccat.milestone.SampleType;

/**
 * What the network admin typed for one catalogue test, with the reason for the change.
 *
 * @param expectedRevision the revision the admin saw, 0 for a test new to the catalogue; someone else's save in
 *                         between is refused rather than overwritten
 */
public record CatalogueEdit(String testId, String name, SampleType sampleType, int labTurnaroundBusinessDays,
        String source, String unconfirmed, String reason, int expectedRevision) {
}
