package org.cordon.policy.transaction;

import java.util.Map;
import java.util.Optional;

/**
 * A buyer, seller, end user or other party of a transaction, as the user names it.
 *
 * @param country ISO 3166 alpha-2 code, upper case
 * @param ultimateParentCountry where the party is ultimately owned or controlled from, if the user knows
 * @param identifiers identifier type (as in the lists: {@code lei}, {@code unified_social_credit_code}...) to value
 */
public record TxParty(String name, PartyKind kind, Optional<String> country, Optional<String> ultimateParentCountry,
                      Map<String, String> identifiers) {

    public TxParty {
        identifiers = Map.copyOf(identifiers);
    }
}
