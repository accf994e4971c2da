package jp.renkei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chosen password is long and not one everybody else chose too; nothing else is asked of it. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shortPasswordsAreRefusedWhateverTheirMixOfCharacters() {
        assertThat(policy.problemWith("Xy7#pQ2!mZ")).contains("password.error.length");
        assertThat(policy.problemWith("パスワード")).contains("password.error.length");
    }

    @Test
    void longCommonPasswordsAreRefusedInAnyCase() {
        assertThat(policy.problemWith("123qweasdzxc")).contains("password.error.common");
        assertThat(policy.problemWith("1234567890QW")).contains("password.error.common");
    }

    @Test
    void aLongUncommonPasswordNeedsNoDigitsOrSymbols() {
        assertThat(policy.problemWith("a quiet harbour at dawn")).isEmpty();
        assertThat(policy.problemWith("しずかなみなとのよあけ")).contains("password.error.length");
        assertThat(policy.problemWith("しずかなみなとのよあけまえ")).isEmpty();
    }
}
