package jp.renkei.ccat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.renkei.ccat.milestone.CatalogueTest;
import jp.renkei.ccat.milestone.TestCatalogue;

/**
 * Finds the catalogue test an order names in free text ("FoundationOne CDx", "NCCオンコパネル", "F1CDX"): ignoring
 * width, case, spaces and punctuation, the typed name must be part of exactly one catalogue name, or contain exactly
 * one catalogue name or id. An ambiguous or unknown name matches nothing and the coordinator chooses.
 */
final class CatalogueMatch {

    // shorter fragments ("CDx", "がん") would match tests by accident
    private static final int SHORTEST_FRAGMENT = 5;

    private CatalogueMatch() {
    }

    static Optional<CatalogueTest> find(TestCatalogue catalogue, String orderedName) {
        String typed = normalized(orderedName);
        if (typed.length() < SHORTEST_FRAGMENT) {
            return Optional.empty();
        }
        List<CatalogueTest> matches = catalogue.tests().stream()
                .filter(test -> normalized(test.name()).contains(typed) || typed.contains(normalized(test.name()))
                        || typed.contains(normalized(test.id())))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}・　]", "");
    }
}
