package org.cordon.match;

import java.util.List;
import java.util.Optional;
import org.cordon.model.Country;
import org.cordon.model.Identifier;
import org.cordon.model.PartialDate;
import org.cordon.model.PartyType;

/**
 * What to screen: a name, and what else is known of the party.
 *
 * @param name        the name as written (any script)
 * @param type        person, organisation, vessel, aircraft, or unknown
 * @param country     country of the party (nationality, registration, address), when known
 * @param birthDate   date of birth (persons) or incorporation, when known
 * @param identifiers identifiers of the party (IMO, LEI, registration number...): an exact match on a decisive one
 *                    is a match whatever the name
 */
public record ScreeningQuery(String name, PartyType type, Optional<Country> country, Optional<PartialDate> birthDate,
                             List<Identifier> identifiers) {

    public ScreeningQuery {
        name = name == null ? "" : name;
        type = type == null ? PartyType.UNKNOWN : type;
        country = country == null ? Optional.empty() : country;
        birthDate = birthDate == null ? Optional.empty() : birthDate;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, PartyType.UNKNOWN, Optional.empty(), Optional.empty(), List.of());
    }

    public static ScreeningQuery of(String name, PartyType type) {
        return new ScreeningQuery(name, type, Optional.empty(), Optional.empty(), List.of());
    }

    public ScreeningQuery withCountry(Country c) {
        return new ScreeningQuery(name, type, Optional.ofNullable(c), birthDate, identifiers);
    }
}
