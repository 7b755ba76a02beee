package org.cordon.policy.resolve;

import java.util.List;
import java.util.Optional;
import org.cordon.model.Identifier;
import org.cordon.model.PartyType;

/**
 * A name in a transaction to resolve: a party, a maker, a brand, a component maker, a device's maker.
 *
 * @param field the JSON path it came from ({@code seller.name}, {@code items[0].components[1].manufacturer})
 * @param role {@code buyer}, {@code seller}, {@code end-user}, {@code manufacturer}, {@code brand},
 *     {@code component}, {@code device}, {@code person}, {@code employer}, {@code disclosed}
 * @param essential false for a component that is not essential, or under one that is not
 * @param depth 0 for parties and items, 1 and more for components
 * @param lead steps already taken before screening (an IMEI's TAC to its maker, a component to its product)
 */
public record Subject(String field, String role, String name, PartyType type, Optional<String> country,
                      List<Identifier> identifiers, boolean essential, int depth, List<PathStep> lead) {

    public Subject {
        identifiers = List.copyOf(identifiers);
        lead = List.copyOf(lead);
    }
}
