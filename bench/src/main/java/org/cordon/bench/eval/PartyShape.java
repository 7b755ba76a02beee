package org.cordon.bench.eval;

import java.util.Set;
import org.cordon.model.PartyType;

/**
 * Whether a name is to be varied as a person's or as an organisation's. The lists leave many parties untyped
 * (the Denied Persons List types none of its persons), so an untyped name counts as a person's unless it has a
 * legal form or a word only organisations use.
 */
final class PartyShape {

    private PartyShape() {}

    private static final Set<String> ORGANISATION_WORDS = Set.of("bank", "company", "corporation", "group", "trading",
            "industries", "industry", "international", "institute", "university", "center", "centre", "services",
            "airlines", "airways", "shipping", "foundation", "organization", "organisation", "association", "society",
            "committee", "ministry", "office", "agency", "enterprise", "enterprises", "factory", "plant", "holding",
            "holdings", "technology", "technologies", "electronics", "engineering", "systems", "import", "export",
            "logistics", "petroleum", "oil", "gas", "energy", "network", "front", "army", "brigade", "brigades",
            "movement", "party", "council", "fund", "trust", "exchange", "laboratory", "lab", "zavod", "sirketi",
            "hospital", "school", "station", "media", "television", "radio", "club", "church", "mosque", "charity");

    static boolean isPerson(PartyType type, String name) {
        if (type != PartyType.UNKNOWN) {
            return type == PartyType.PERSON;
        }
        return LegalForms.find(name).isEmpty()
                && NameKeys.words(name).stream().noneMatch(ORGANISATION_WORDS::contains);
    }

    /** Organisations, and untyped names that look like one: those that carry legal forms. */
    static boolean isOrganisation(PartyType type, String name) {
        return type == PartyType.ORGANIZATION || (type == PartyType.UNKNOWN && !isPerson(type, name));
    }
}
