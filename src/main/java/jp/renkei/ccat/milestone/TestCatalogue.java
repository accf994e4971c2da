package jp.renkei.ccat.milestone;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jp.renkei.ccat.ClasspathJson;

/**
 * The panel tests a hospital can order, as maintained data; ids are unique. Either a fixed list (the shipped file,
 * tests) or a source read on every question, so the network admin's edits count at once.
 */
public final class TestCatalogue {

    static final String RESOURCE = "ccat/test-catalogue.json";

    record CatalogueDocument(List<CatalogueTest> tests) {
    }

    private final Supplier<List<CatalogueTest>> source;

    public TestCatalogue(List<CatalogueTest> tests) {
        List<CatalogueTest> fixed = unique(tests);
        this.source = () -> fixed;
    }

    public TestCatalogue(Supplier<List<CatalogueTest>> source) {
        this.source = () -> unique(source.get());
    }

    /** The catalogue shipped in {@value #RESOURCE}, which also seeds the maintained one. */
    public static TestCatalogue bundled() {
        CatalogueDocument document = ClasspathJson.read(RESOURCE, CatalogueDocument.class);
        if (document.tests() == null || document.tests().isEmpty()) {
            throw new IllegalStateException("No tests in " + RESOURCE);
        }
        return new TestCatalogue(document.tests());
    }

    public List<CatalogueTest> tests() {
        return source.get();
    }

    public Optional<CatalogueTest> find(String id) {
        return tests().stream().filter(test -> test.id().equals(id)).findFirst();
    }

    private static List<CatalogueTest> unique(List<CatalogueTest> tests) {
        Set<String> ids = new HashSet<>();
        for (CatalogueTest test : tests) {
            if (!ids.add(test.id())) {
                throw new IllegalArgumentException("the catalogue lists test " + test.id() + " twice");
            }
        }
        return List.copyOf(tests);
    }
}
