package jp.renkei.ccat.catalogue;

import java.time.Instant;

import jp.renkei.ccat.milestone.CatalogueTest;

/** One revision of one catalogue test: what it said, which revision it is, and who changed it when and why. */
public record CatalogueEntry(CatalogueTest test, int revision, Instant changedAt, String changedByName, String reason) {
}
