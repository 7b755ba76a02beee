package org.cordon.policy.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ImeiPropertiesTest {

    @Provide
    Arbitrary<String> fourteenDigits() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(14);
    }

    @Property(tries = 1000)
    void fourteenDigitsAndTheirLuhnDigitParse(@ForAll("fourteenDigits") String body) {
        String imei = body + luhnDigit(body);

        Imei parsed = Imei.parse(imei);

        assertThat(parsed.kind()).isEqualTo(Imei.Kind.IMEI);
        assertThat(parsed.digits()).isEqualTo(imei);
        assertThat(parsed.tac()).isEqualTo(body.substring(0, 8));
    }

    @Property(tries = 1000)
    void changingAnyOneDigitBreaksTheCheck(@ForAll("fourteenDigits") String body,
                                           @ForAll @IntRange(min = 0, max = 14) int position,
                                           @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = (body + luhnDigit(body)).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThatThrownBy(() -> Imei.parse(new String(digits)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Luhn");
    }

    @Property(tries = 500)
    void swappingTwoUnlikeNeighboursBreaksTheCheckUnlessTheyAreZeroAndNine(
            @ForAll("fourteenDigits") String body, @ForAll @IntRange(min = 0, max = 13) int position) {
        char[] digits = (body + luhnDigit(body)).toCharArray();
        char a = digits[position];
        char b = digits[position + 1];
        Assume.that(a != b && !(a == '0' && b == '9') && !(a == '9' && b == '0'));
        digits[position] = b;
        digits[position + 1] = a;

        assertThatThrownBy(() -> Imei.parse(new String(digits))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void separatorsAnywhereBetweenDigitsChangeNothing(@ForAll("fourteenDigits") String body,
                                                      @ForAll("separators") java.util.List<String> separators) {
        String imei = body + luhnDigit(body);
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < imei.length(); i++) {
            written.append(separators.get(i)).append(imei.charAt(i));
        }

        assertThat(Imei.parse(written.toString())).isEqualTo(Imei.parse(imei));
    }

    @Provide
    Arbitrary<java.util.List<String>> separators() {
        return Arbitraries.of("", "", "", " ", "-", " - ").list().ofSize(15);
    }

    @Property(tries = 300)
    void anySixteenDigitsAreAnImeisvWithTheFirstEightAsTac(
            @ForAll("fourteenDigits") String body, @ForAll @IntRange(min = 0, max = 99) int svn) {
        String imeisv = body + String.format("%02d", svn);

        Imei parsed = Imei.parse(imeisv);

        assertThat(parsed.kind()).isEqualTo(Imei.Kind.IMEISV);
        assertThat(parsed.tac()).isEqualTo(body.substring(0, 8));
    }

    @Property(tries = 300)
    void digitStringsOfOtherLengthsAreRejected(@ForAll("otherLengths") String digits) {
        assertThatThrownBy(() -> Imei.parse(digits)).hasMessageContaining("has " + digits.length() + " digits");
    }

    @Provide
    Arbitrary<String> otherLengths() {
        return Arbitraries.integers().between(1, 30).filter(n -> n != 8 && n != 15 && n != 16)
                .flatMap(n -> Arbitraries.strings().withCharRange('0', '9').ofLength(n));
    }

    /** The Luhn rule written independently of the code under test: the whole number's sum is a multiple of 10. */
    private static int luhnDigit(String body) {
        for (int candidate = 0; candidate <= 9; candidate++) {
            String all = body + candidate;
            int sum = 0;
            for (int i = 0; i < all.length(); i++) {
                int d = all.charAt(all.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no Luhn digit for " + body);
    }
}
