package jp.renkei.ccat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the module's data files (rules, catalogue) from the classpath, strictly. */
public final class ClasspathJson {

    // strict, so a misspelt field name fails at start-up instead of silently dropping a date or a mark
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ClasspathJson() {
    }

    public static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ClasspathJson.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not found on the classpath: " + resource);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
