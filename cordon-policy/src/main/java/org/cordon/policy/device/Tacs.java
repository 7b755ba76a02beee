package org.cordon.policy.device;

/** The one rule for what a TAC looks like, shared by the value types and the readers. */
final class Tacs {

    private Tacs() {}

    static boolean isTac(String s) {
        if (s.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Why a TAC field is not a TAC, in words; empty when it is one. */
    static String whyNot(String field) {
        if (field.isEmpty()) {
            return "the TAC is empty";
        }
        if (isTac(field)) {
            return "";
        }
        boolean digits = field.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && field.length() < 8) {
            // Seen in real files: a spreadsheet drops the leading zero of TACs such as 01130000.
            return "TAC '" + field + "' has " + field.length() + " digits, not 8 (leading zeros lost?)";
        }
        return "TAC '" + field + "' is not 8 digits";
    }
}
