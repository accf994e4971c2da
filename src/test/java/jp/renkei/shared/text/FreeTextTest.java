package jp.renkei.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.renkei.shared.i18n.MessageBundleI18NProvider;

class FreeTextTest {

    private final MessageBundleI18NProvider messages = new MessageBundleI18NProvider();

    @Test
    void textUpToTheLimitIsKeptAsTypedAndOneMoreCharacterIsRefusedNamingTheField() {
        String summary = "膵".repeat(4000);
        assertThat(FreeText.lines("input.field.summary", summary, 4000)).isEqualTo(summary);

        assertThatThrownBy(() -> FreeText.lines("input.field.summary", summary + "。", 4000))
                .isInstanceOfSatisfying(InputRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("input.tooLong");
                    assertThat(refused.field()).isEqualTo("input.field.summary");
                    assertThat(shown(refused, Locale.JAPANESE)).isEqualTo("臨床経過の要約は4000文字以内で入力してください。");
                    assertThat(shown(refused, Locale.ENGLISH))
                            .isEqualTo("Clinical summary may be at most 4000 characters long.");
                });
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String rareKanji = "𠮷".repeat(100); // outside the BMP: two UTF-16 units each, one character in MariaDB
        assertThat(FreeText.name("input.field.nameKanji", rareKanji, 100)).isEqualTo(rareKanji);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 })
    void bidirectionalControlsAreRefusedEverywhere(int codePoint) {
        String reversed = "山田" + Character.toString(codePoint) + "太郎";
        for (String kind : new String[] { "line", "lines", "name" }) {
            assertThatThrownBy(() -> check(kind, "input.field.nameKanji", reversed))
                    .isInstanceOfSatisfying(InputRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("input.bidiControl");
                        assertThat(shown(refused, Locale.JAPANESE)).startsWith("氏名（漢字）に文字の表示方向を変える");
                        assertThat(shown(refused, Locale.ENGLISH)).startsWith("Name contains characters that change");
                    });
        }
    }

    @Test
    void lineBreaksAndTabsAreAllowedOnlyInMultiLineText() {
        String note = "1行目\r\n2行目\tタブ";
        assertThat(FreeText.lines("input.field.note", note, 2000)).isEqualTo(note);
        assertThatThrownBy(() -> FreeText.line("input.field.place", "外来\n3番", 200))
                .isInstanceOfSatisfying(InputRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("input.controlCharacter"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9B })
    void otherControlCharactersAreRefusedEvenInMultiLineText(int codePoint) {
        assertThatThrownBy(() -> FreeText.lines("input.field.note", "所見" + Character.toString(codePoint), 2000))
                .isInstanceOfSatisfying(InputRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("input.controlCharacter");
                    assertThat(shown(refused, Locale.ENGLISH)).startsWith("Text contains control characters");
                });
    }

    @Test
    void namesAreStoredInNfkcSoHalfWidthKanaAndFullWidthDigitsHaveOneForm() {
        assertThat(FreeText.name("input.field.nameKana", "ﾔﾏﾀﾞ ﾀﾛｳ", 100)).isEqualTo("ヤマダ タロウ");
        assertThat(FreeText.name("input.field.patientId", "ＰＩＤ－１２３", 30)).isEqualTo("PID-123");
        assertThat(FreeText.line("input.field.place", "ｶﾞｲﾗｲ", 200)).as("other text is kept as typed")
                .isEqualTo("ｶﾞｲﾗｲ");
    }

    @Test
    void nothingTypedStaysNothing() {
        assertThat(FreeText.name("input.field.nameKanji", null, 100)).isNull();
        assertThat(FreeText.lines("input.field.summary", null, 4000)).isNull();
    }

    private static String check(String kind, String field, String value) {
        return switch (kind) {
            case "line" -> FreeText.line(field, value, 100);
            case "lines" -> FreeText.lines(field, value, 100);
            default -> FreeText.name(field, value, 100);
        };
    }

    private String shown(InputRefused refused, Locale locale) {
        return messages.getTranslation(refused.messageKey(), locale, refused.arguments().toArray());
    }
}
