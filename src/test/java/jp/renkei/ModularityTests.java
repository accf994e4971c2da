package jp.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries stated in each {@code package-info.java} hold, and the module documentation
 * (PlantUML diagrams and canvases) is written to {@code target/spring-modulith-docs/}. No Spring context.
 */
class ModularityTests {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(RenkeiApplication.class);

    @Test
    void verifiesModuleBoundaries() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "identity", "audit", "tenancy", "shell");
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules).writeDocumentation();

        assertThat(DOCS).isDirectory();
        List<String> written;
        try (Stream<Path> files = Files.list(DOCS)) {
            written = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
        assertThat(written)
                .as("files in %s", DOCS.toAbsolutePath())
                .contains("components.puml", "all-docs.adoc")
                .contains("module-identity.puml", "module-tenancy.puml", "module-shell.puml");
        assertThat(DOCS.resolve("components.puml")).content().contains("@startuml");
    }
}
