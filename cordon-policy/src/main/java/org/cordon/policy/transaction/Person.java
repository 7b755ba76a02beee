package org.cordon.policy.transaction;

import java.util.List;
import java.util.Optional;

/**
 * The foreign person in a technology release or a research appointment.
 *
 * @param citizenships ISO codes, oldest first: the last is the most recent citizenship
 * @param usPerson a U.S. citizen or lawful permanent resident
 * @param protectedIndividual protected under 8 U.S.C. 1324b(a)(3)
 */
public record Person(String name, List<String> citizenships, Optional<String> permanentResidence, boolean usPerson,
                     boolean protectedIndividual, String employer) {

    public Person {
        citizenships = List.copyOf(citizenships);
    }
}
