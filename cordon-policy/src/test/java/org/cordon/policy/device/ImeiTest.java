package org.cordon.policy.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImeiTest {

    @Test
    void readsAnImeiWithItsCheckDigit() {
        Imei imei = Imei.parse("490154203237518");

        assertThat(imei.kind()).isEqualTo(Imei.Kind.IMEI);
        assertThat(imei.tac()).isEqualTo("49015420");
        assertThat(imei.digits()).isEqualTo("490154203237518");
    }

    @ParameterizedTest
    @ValueSource(strings = {"49-015420-323751-8", "49 015420 323751 8", " 4901 5420 3237 518 ", "49-015420 -323751-8"})
    void ignoresSpacesAndHyphensBetweenDigits(String written) {
        assertThat(Imei.parse(written)).isEqualTo(Imei.parse("490154203237518"));
    }

    @Test
    void readsAnImeisvWhoseLastTwoDigitsAreTheSoftwareVersionNotACheckDigit() {
        Imei imeisv = Imei.parse("49-015420-323751-03");

        assertThat(imeisv.kind()).isEqualTo(Imei.Kind.IMEISV);
        assertThat(imeisv.tac()).isEqualTo("49015420");
        assertThat(imeisv.digits()).hasSize(16);
    }

    @Test
    void readsABareTac() {
        Imei tac = Imei.parse("86875903");

        assertThat(tac.kind()).isEqualTo(Imei.Kind.TAC);
        assertThat(tac.tac()).isEqualTo("86875903");
        assertThat(tac).hasToString("86875903");
    }

    @Test
    void aWrongCheckDigitSaysWhichDigitWasExpected() {
        assertThatThrownBy(() -> Imei.parse("490154203237519"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit 9")
                .hasMessageContaining("gives 8");
    }

    @Test
    void aLetterIsNamedWithItsPosition() {
        assertThatThrownBy(() -> Imei.parse("49015420323751O"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'O' at position 15");
    }

    @Test
    void aControlCharacterIsNamedByItsCodePoint() {
        assertThatThrownBy(() -> Imei.parse("49015420\t323751 8"))
                .hasMessageContaining("U+0009 at position 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4901542", "49015420323751", "49015420323751801", "1234567890"})
    void anyOtherNumberOfDigitsIsRejectedWithTheCount(String digits) {
        assertThatThrownBy(() -> Imei.parse(digits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has " + digits.length() + " digits");
    }

    @Test
    void sixteenDigitsAreAnImeisvEvenWhenTheyLookLikeAnImeiWithOneMore() {
        assertThat(Imei.parse("4901542032375180").kind()).isEqualTo(Imei.Kind.IMEISV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "--"})
    void emptyTextIsRejected(String text) {
        assertThatThrownBy(() -> Imei.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRejectedAsEmpty() {
        assertThatThrownBy(() -> Imei.parse(null)).hasMessageContaining("empty");
    }

    @Test
    void nonAsciiDigitsAreNotDigitsOfAnImei() {
        assertThatThrownBy(() -> Imei.parse("٤٩٠١٥٤٢٠٣٢٣٧٥١٨")).hasMessageContaining("position 1");
    }

    @Test
    void theCheckDigitIsTakenOverExactlyFourteenDigits() {
        assertThat(Imei.checkDigit("49015420323751")).isEqualTo(8);
        assertThatThrownBy(() -> Imei.checkDigit("4901542032375")).isInstanceOf(IllegalArgumentException.class);
    }
}
