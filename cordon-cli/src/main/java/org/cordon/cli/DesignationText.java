package org.cordon.cli;

import org.cordon.model.Designation;

/** A designation on one line: program, dates and citation, as the commands print it. */
final class DesignationText {

    private DesignationText() {}

    static String of(Designation d) {
        StringBuilder sb = new StringBuilder(d.program());
        d.listedOn().ifPresent(x -> sb.append(", from ").append(x));
        d.liftedOn().ifPresent(x -> sb.append(", lifted ").append(x));
        d.expiresOn().ifPresent(x -> sb.append(", expires ").append(x));
        if (!d.authority().isEmpty()) {
            sb.append(" — ").append(d.authority());
        }
        return sb.toString();
    }
}
