package jp.renkei.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with Spring Security's parameters of 5.8 ({@code defaultsForSpringSecurity_v5_8}: 16-byte salt, 32-byte
 * hash, m=16384 KiB, t=2, p=1) and its PHC string ({@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash}), computed by
 * the reference C library (libargon2 bundled with argon2-jvm, called through JNA) rather than BouncyCastle's pure
 * Java: two thirds of the CPU per password check once the JIT has compiled BouncyCastle's code, a third before,
 * and none of the 16 MiB per check on the Java heap (performance.md "Sign-in cost and admission control, session
 * 10"). Hashes written by either implementation verify with the other. Where the library cannot be loaded,
 * Spring's Java implementation does the work (said once at WARN); strings that are no Argon2id string are left to
 * it as well, and so is the decision to upgrade weaker parameters.
 */
final class Argon2idPasswordEncoder implements PasswordEncoder {

    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 1 << 14;
    static final int ITERATIONS = 2;

    private static final Logger log = LoggerFactory.getLogger(Argon2idPasswordEncoder.class);
    private static final String ARGON2ID_PREFIX = "$argon2id$";

    private final Argon2PasswordEncoder java = new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM,
            MEMORY_KIB, ITERATIONS);
    private final Supplier<Argon2> nativeLibrary;
    /** The native side, made on first use (its library is loaded then). */
    private volatile Argon2 argon2;
    /** Set once the library failed to load: no further attempt. */
    private volatile boolean javaOnly;

    Argon2idPasswordEncoder() {
        this(() -> Argon2Factory.create(Argon2Types.ARGON2id, SALT_LENGTH, HASH_LENGTH));
    }

    /** With the native side given, so that a test can make it fail to load. */
    Argon2idPasswordEncoder(Supplier<Argon2> nativeLibrary) {
        this.nativeLibrary = nativeLibrary;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return withNativeOr(argon2 -> argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, chars(rawPassword),
                StandardCharsets.UTF_8), () -> java.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (encodedPassword == null || !encodedPassword.startsWith(ARGON2ID_PREFIX)) {
            return java.matches(rawPassword, encodedPassword);
        }
        return withNativeOr(argon2 -> argon2.verify(encodedPassword, chars(rawPassword), StandardCharsets.UTF_8),
                () -> java.matches(rawPassword, encodedPassword));
    }

    /** Weaker parameters than ours are upgraded, as Spring's encoder decides (it only parses the string). */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return java.upgradeEncoding(encodedPassword);
    }

    private <T> T withNativeOr(Function<Argon2, T> onNative, Supplier<T> inJava) {
        if (!javaOnly) {
            try {
                return onNative.apply(loaded());
            } catch (LinkageError unavailable) {
                // UnsatisfiedLinkError, or NoClassDefFoundError once JNA's or the library's loading failed
                fallBackToJava(unavailable);
            }
        }
        return inJava.get();
    }

    private Argon2 loaded() {
        Argon2 loaded = argon2;
        if (loaded == null) {
            loaded = nativeLibrary.get();
            argon2 = loaded;
        }
        return loaded;
    }

    private synchronized void fallBackToJava(LinkageError cause) {
        if (!javaOnly) {
            javaOnly = true;
            log.warn("libargon2 could not be loaded ({}): passwords are hashed by the Java implementation, which "
                    + "takes more CPU per sign-in", cause.toString());
        }
    }

    private static char[] chars(CharSequence rawPassword) {
        return rawPassword.toString().toCharArray();
    }
}
