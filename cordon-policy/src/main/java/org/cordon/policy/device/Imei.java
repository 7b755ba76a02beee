package org.cordon.policy.device;

import java.util.Objects;

/**
 * A device identity as written on a shipment line or a device record: a 15-digit IMEI (8-digit TAC, 6-digit
 * serial, Luhn check digit), a 16-digit IMEISV (TAC, serial, 2-digit software version; no check digit) or a bare
 * 8-digit TAC. Spaces and hyphens between digits are ignored, as in the printed form {@code 35-209900-176148-1}.
 *
 * <p>Only the TAC says anything about the model; its first two digits name the body that allocated it, not the
 * maker, so nothing here reads a maker or country from them.
 */
public final class Imei {

    /** What the digits were. */
    public enum Kind {
        IMEI(15), IMEISV(16), TAC(8);

        private final int length;

        Kind(int length) {
            this.length = length;
        }

        public int length() {
            return length;
        }
    }

    private final String digits;
    private final Kind kind;

    private Imei(String digits, Kind kind) {
        this.digits = digits;
        this.kind = kind;
    }

    /**
     * Reads an IMEI, an IMEISV or a TAC.
     *
     * @throws IllegalArgumentException saying what is wrong: not digits, the wrong number of digits, or a check
     *                                  digit the Luhn sum does not give
     */
    public static Imei parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no IMEI given: the text is empty");
        }
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                throw new IllegalArgumentException("not an IMEI: '" + text + "' has " + describe(c) + " at position "
                        + (i + 1) + "; only digits, spaces and hyphens are allowed");
            }
        }
        String d = digits.toString();
        Kind kind = switch (d.length()) {
            case 15 -> Kind.IMEI;
            case 16 -> Kind.IMEISV;
            case 8 -> Kind.TAC;
            default -> throw new IllegalArgumentException("not an IMEI: '" + text + "' has " + d.length()
                    + " digits; an IMEI has 15 (14 and a Luhn check digit), an IMEISV 16 and a TAC 8");
        };
        if (kind == Kind.IMEI) {
            int expected = checkDigit(d.substring(0, 14));
            int actual = d.charAt(14) - '0';
            if (expected != actual) {
                throw new IllegalArgumentException("not a valid IMEI: '" + text + "' ends in check digit " + actual
                        + " but the Luhn check of its first 14 digits gives " + expected
                        + " (a mistyped digit?)");
            }
        }
        return new Imei(d, kind);
    }

    /**
     * The Luhn check digit of the first 14 digits of an IMEI: from the right, every other digit starting with the
     * last is doubled (9 subtracted when the double exceeds 9), and the digit makes the sum a multiple of 10.
     */
    public static int checkDigit(String fourteenDigits) {
        if (fourteenDigits.length() != 14 || !fourteenDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the Luhn check digit is taken over 14 digits, not '" + fourteenDigits + "'");
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int v = fourteenDigits.charAt(i) - '0';
            if (i % 2 == 1) { // positions 2, 4, ... 14 from the left are every other digit from the right
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return (10 - sum % 10) % 10;
    }

    /** The digits without spaces or hyphens. */
    public String digits() {
        return digits;
    }

    public Kind kind() {
        return kind;
    }

    /** The 8-digit Type Allocation Code: the device model, and often its revision. */
    public String tac() {
        return digits.substring(0, 8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Imei other && digits.equals(other.digits) && kind == other.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits, kind);
    }

    @Override
    public String toString() {
        return digits;
    }

    private static String describe(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("the character U+%04X", (int) c) : "'" + c + "'";
    }
}
