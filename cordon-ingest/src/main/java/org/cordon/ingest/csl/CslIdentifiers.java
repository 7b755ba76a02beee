package org.cordon.ingest.csl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cordon.ingest.IdentifierLabels;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Identifier;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;

/**
 * Sorts the items of a CSL {@code ids} field. Most are identifiers (passport, USCC, ISIN, SWIFT/BIC...). Some are
 * facts about the listing that OFAC files in the same place ("Listing Date (CMIC)", "Secondary sanctions risk:",
 * "Executive Order 14024 Directive Information", "Gender"): those go into the designation's note, except the
 * two the model has a place for, an organisation's country of registration and its date of establishment.
 */
final class CslIdentifiers {

    // Labels that state something about the listing or the party, never a number that identifies it.
    private static final Pattern FACT = Pattern.compile(
            "date|sanction|directive|executive order|determination|information|prohibited|caatsa|ifca");
    private static final Set<String> FACT_LABELS = Set.of("target type", "issuer name", "gender", "organization type");
    private static final Set<String> REGISTRATION_COUNTRY = Set.of("nationality of registration", "nationality country");
    private static final String ESTABLISHED = "organization established date";

    private CslIdentifiers() {}

    /**
     * Adds the identifiers, registration countries and establishment dates among {@code ids} to the party, and
     * returns the remaining facts as note lines ({@code label: value}).
     */
    static List<String> apply(List<CslId> ids, Party.Builder party) {
        return ids.stream().map(id -> apply(id, party)).flatMap(Optional::stream).toList();
    }

    private static Optional<String> apply(CslId id, Party.Builder party) {
        String key = label(id).toLowerCase(Locale.ROOT);
        if (REGISTRATION_COUNTRY.contains(key) && !id.number().isEmpty()) {
            party.nationality(Country.of(id.number()));
            return Optional.empty();
        }
        if (key.equals(ESTABLISHED)) {
            Optional<PartialDate> date = PartialDate.parse(id.number());
            if (date.isPresent()) {
                party.date(PartyDate.of(DateKind.INCORPORATION, date.get(), id.number()));
                return Optional.empty();
            }
        }
        if (id.number().isEmpty() || FACT_LABELS.contains(key) || FACT.matcher(key).find()) {
            return Optional.of(id.number().isEmpty() ? label(id) : label(id) + ": " + id.number());
        }
        Optional<Country> country = id.country().isEmpty() ? Optional.empty() : Optional.of(Country.of(id.country()));
        party.identifier(new Identifier(IdentifierLabels.typeOf(id.type()), id.type(), id.number(), country));
        return Optional.empty();
    }

    /** The label without the trailing ":" or " -" OFAC puts on some. */
    private static String label(CslId id) {
        return id.type().replaceAll("[\\s:\\-]+$", "");
    }
}
