package jp.renkei.ccat.milestone;

import java.util.Objects;

/**
 * One panel test of the catalogue ({@code ccat/test-catalogue.json}).
 *
 * @param labTurnaroundBusinessDays the typical business days from shipping the specimen to the lab's result
 *                                  reaching C-CAT, which dates the lab step's due date
 * @param unconfirmed               why the figures are not confirmed, shown with the test; {@code null} if they are
 */
public record CatalogueTest(String id, String name, SampleType sampleType, int labTurnaroundBusinessDays,
        String source, String unconfirmed) {

    public CatalogueTest {
        requireText(id, "id", id);
        requireText(name, "name", id);
        Objects.requireNonNull(sampleType, () -> "test " + id + ": sampleType is required");
        if (labTurnaroundBusinessDays <= 0) {
            throw new IllegalArgumentException("test " + id + ": labTurnaroundBusinessDays must be positive, was "
                    + labTurnaroundBusinessDays);
        }
        requireText(source, "source", id);
        if (unconfirmed != null && unconfirmed.isBlank()) {
            throw new IllegalArgumentException("test " + id + ": unconfirmed must say what is unconfirmed, or be absent");
        }
    }

    public boolean isConfirmed() {
        return unconfirmed == null;
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("test " + id + ": " + field + " is required");
        }
    }
}
