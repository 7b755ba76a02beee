package org.cordon.model;

import java.util.Optional;

/**
 * A typed identifier of a party.
 *
 * @param type    the kind of identifier
 * @param label   the publisher's own label ("Passport", "Tax ID No.", "Unified Social Credit Code (USCC)")
 * @param value   the identifier as published
 * @param country the issuing country, where stated
 */
public record Identifier(IdentifierType type, String label, String value, Optional<Country> country) {

    public Identifier {
        Checks.nonNull(type, "identifier type");
        label = Checks.text(label, "identifier label");
        value = Checks.required(value, "identifier value");
        Checks.nonNull(country, "identifier country");
    }

    public static Identifier of(IdentifierType type, String value) {
        return new Identifier(type, "", value, Optional.empty());
    }
}
