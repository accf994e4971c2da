package jp.renkei.ccat.milestone;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.renkei.ccat.ClasspathJson;

/** The panel tests a hospital can order, as maintained data; ids are unique. */
public final class TestCatalogue {

    static final String RESOURCE = "ccat/test-catalogue.json";

    record CatalogueDocument(List<CatalogueTest> tests) {
    }

    private final List<CatalogueTest> tests;

    public TestCatalogue(List<CatalogueTest> tests) {
        Set<String> ids = new HashSet<>();
        for (CatalogueTest test : tests) {
            if (!ids.add(test.id())) {
                throw new IllegalArgumentException("the catalogue lists test " + test.id() + " twice");
            }
        }
        this.tests = List.copyOf(tests);
    }

    /** The catalogue shipped in {@value #RESOURCE}. */
    public static TestCatalogue bundled() {
        CatalogueDocument document = ClasspathJson.read(RESOURCE, CatalogueDocument.class);
        if (document.tests() == null || document.tests().isEmpty()) {
            throw new IllegalStateException("No tests in " + RESOURCE);
        }
        return new TestCatalogue(document.tests());
    }

    public List<CatalogueTest> tests() {
        return tests;
    }

    public Optional<CatalogueTest> find(String id) {
        return tests.stream().filter(test -> test.id().equals(id)).findFirst();
    }
}
