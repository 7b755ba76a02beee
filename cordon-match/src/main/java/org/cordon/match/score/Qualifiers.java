package org.cordon.match.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Identifier;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.PartyType;

/**
 * What else than the name says about a candidate: an exact decisive identifier decides the match; type, country
 * and date of birth raise or lower the name score a little. Each effect is stated in words for the explanation.
 */
public final class Qualifiers {

    static final double TYPE_MISMATCH = -0.10;
    static final double COUNTRY_MATCH = 0.02;
    static final double COUNTRY_MISMATCH = -0.05;
    static final double BIRTH_YEAR_MATCH = 0.03;
    static final double BIRTH_YEAR_MISMATCH = -0.10;
    /** The most the qualifiers but a decisive identifier can add to a name score. */
    public static final double MAX_RAISE = COUNTRY_MATCH + BIRTH_YEAR_MATCH;

    private Qualifiers() {}

    /**
     * @param adjustment   added to the name score
     * @param decidedBy    the identifier that decides the match, when one does
     * @param descriptions what each qualifier did, in words
     */
    public record Effect(double adjustment, Optional<Identifier> decidedBy, List<String> descriptions) {
        public Effect {
            descriptions = List.copyOf(descriptions);
        }
    }

    public static Effect apply(PartyType queryType, Optional<Country> queryCountry, Optional<PartialDate> queryBirth,
                               List<Identifier> queryIds, Party party) {
        List<String> said = new ArrayList<>();
        Optional<Identifier> decisive = decisiveIdentifier(queryIds, party);
        decisive.ifPresent(id -> said.add("identifier " + id.type() + " " + id.value() + " matches exactly: decides the match"));
        double adjust = 0;
        if (queryType != PartyType.UNKNOWN && party.type() != PartyType.UNKNOWN && queryType != party.type()) {
            adjust += TYPE_MISMATCH;
            said.add("type differs (query " + lower(queryType) + ", listed " + lower(party.type()) + "): " + TYPE_MISMATCH);
        }
        if (queryCountry.isPresent() && queryCountry.get().isKnown()) {
            Set<String> listed = countriesOf(party);
            if (!listed.isEmpty()) {
                if (listed.contains(queryCountry.get().code())) {
                    adjust += COUNTRY_MATCH;
                    said.add("country " + queryCountry.get().code() + " matches: +" + COUNTRY_MATCH);
                } else {
                    adjust += COUNTRY_MISMATCH;
                    said.add("country " + queryCountry.get().code() + " is not among the listed " + listed + ": "
                            + COUNTRY_MISMATCH);
                }
            }
        }
        if (queryBirth.isPresent()) {
            List<PartyDate> births = party.dates().stream().filter(d -> d.kind() == DateKind.BIRTH).toList();
            if (!births.isEmpty()) {
                int year = queryBirth.get().year();
                boolean near = births.stream().anyMatch(d -> year >= d.from().year() - 1 && year <= d.to().year() + 1);
                adjust += near ? BIRTH_YEAR_MATCH : BIRTH_YEAR_MISMATCH;
                said.add("birth year " + year + (near ? " fits the listed " : " does not fit the listed ")
                        + births.stream().map(d -> d.from().equals(d.to()) ? d.from().toString() : d.from() + " to " + d.to())
                        .collect(Collectors.joining(", ")) + ": " + (near ? "+" + BIRTH_YEAR_MATCH : BIRTH_YEAR_MISMATCH));
            }
        }
        return new Effect(adjust, decisive, said);
    }

    private static Optional<Identifier> decisiveIdentifier(List<Identifier> queryIds, Party party) {
        for (Identifier q : queryIds) {
            if (!q.type().decisive()) {
                continue;
            }
            String key = normalise(q.value());
            for (Identifier listed : party.identifiers()) {
                if (listed.type() == q.type() && normalise(listed.value()).equals(key) && key.length() >= 4) {
                    return Optional.of(listed);
                }
            }
        }
        return Optional.empty();
    }

    /** Identifier values compared without case, spaces or punctuation ("IMO 9216391" = "9216391" after the prefix). */
    public static String normalise(String value) {
        String v = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return v.startsWith("IMO") && v.length() > 3 ? v.substring(3) : v;
    }

    private static Set<String> countriesOf(Party party) {
        Set<String> codes = new java.util.TreeSet<>();
        party.nationalities().stream().filter(Country::isKnown).forEach(c -> codes.add(c.code()));
        party.addresses().stream().map(Address::country).flatMap(Optional::stream).filter(Country::isKnown)
                .forEach(c -> codes.add(c.code()));
        return codes;
    }

    private static String lower(PartyType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }
}
