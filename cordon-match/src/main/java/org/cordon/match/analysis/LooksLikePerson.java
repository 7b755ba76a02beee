package org.cordon.match.analysis;

import java.util.List;
import org.cordon.model.PartyType;

/**
 * Whether person-name rules (reordering, particles, initials) apply: always to persons; to a name of unknown type
 * when it has no legal form and no organisation word; never to organisations, vessels and aircraft.
 */
final class LooksLikePerson {

    private LooksLikePerson() {}

    static boolean test(PartyType type, List<Term> terms) {
        return switch (type) {
            case PERSON -> true;
            case UNKNOWN -> terms.stream().noneMatch(t -> t.kind() == TokenKind.LEGAL_FORM
                    || t.kind() == TokenKind.ORG_WORD);
            default -> false;
        };
    }
}
