package jp.renkei.identity.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Ten single-use codes for when the phone is not at hand: 10 Base32 characters (50 bits) each, "abcde-fghij". */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> one()).toList();
    }

    /** As typed: case, spaces and the hyphen do not matter. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeOne(String typed) {
        return normalise(typed).matches("[a-z2-7]{10}");
    }

    private static String one() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
