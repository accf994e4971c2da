package jp.renkei.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a chosen password must be: at least 12 characters and not one of the million most common passwords
 * (bundled, see identity/common-passwords.NOTICE.txt). No composition rules: length beats symbols.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    private static final String COMMON = "identity/common-passwords.txt.gz";

    private volatile Set<String> common;

    /** The message key saying why this password may not be used, or empty if it may. */
    Optional<String> problemWith(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("password.error.length");
        }
        if (commonPasswords().contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }

    private Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (this) {
                if (common == null) {
                    common = load();
                }
                loaded = common;
            }
        }
        return loaded;
    }

    /** Only entries that pass the length rule are kept: a shorter one is refused before the list is asked. */
    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(COMMON).getInputStream()), StandardCharsets.UTF_8))) {
            lines.lines().filter(p -> p.codePointCount(0, p.length()) >= MIN_LENGTH)
                    .forEach(p -> passwords.add(p.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords cannot be read", e);
        }
        return passwords;
    }
}
