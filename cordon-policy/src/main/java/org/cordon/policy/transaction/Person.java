package org.cordon.policy.transaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The foreign person in a technology release or a research appointment.
 *
 * <p>A release of technology to a foreign person is deemed an export to the person's most recent country of
 * citizenship or permanent residency (15 CFR 734.13(b)). {@code mostRecentCountry} states which that is. Without
 * it, the order of {@code citizenships} says nothing: every country given counts, and the stricter answer decides.
 *
 * @param citizenships ISO codes of every citizenship, in any order
 * @param permanentResidence ISO code of the country of permanent residency, if any
 * @param mostRecentCountry ISO code of the most recent country of citizenship or permanent residency, when known;
 *     one of the citizenships or the permanent residence
 * @param usPerson a U.S. citizen or lawful permanent resident
 * @param protectedIndividual protected under 8 U.S.C. 1324b(a)(3)
 */
public record Person(String name, List<String> citizenships, Optional<String> permanentResidence,
                     Optional<String> mostRecentCountry, boolean usPerson, boolean protectedIndividual,
                     String employer) {

    public Person {
        citizenships = List.copyOf(citizenships);
    }

    /** Every country of citizenship or permanent residency given, each once, citizenships first. */
    public List<String> countriesGiven() {
        Set<String> all = new LinkedHashSet<>(citizenships);
        permanentResidence.ifPresent(all::add);
        mostRecentCountry.ifPresent(all::add);
        return List.copyOf(all);
    }

    /** A U.S. citizen or permanent resident by the countries given (US among them), whatever usPerson says. */
    public boolean usByCountry() {
        return countriesGiven().contains("US");
    }

    /**
     * The countries a release to this person is deemed exported to: the most recent country when stated, else every
     * country of citizenship or permanent residency given (the United States left out).
     */
    public List<String> deemedExportCountries() {
        if (mostRecentCountry.isPresent()) {
            return mostRecentCountry.get().equals("US") ? List.of() : List.of(mostRecentCountry.get());
        }
        List<String> out = new ArrayList<>(countriesGiven());
        out.remove("US");
        return List.copyOf(out);
    }

    /** True when several countries count because the most recent one is not stated. */
    public boolean mostRecentUnknown() {
        return mostRecentCountry.isEmpty() && deemedExportCountries().size() > 1;
    }
}
