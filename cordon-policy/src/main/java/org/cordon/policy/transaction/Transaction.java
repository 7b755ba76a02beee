package org.cordon.policy.transaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One transaction to decide, as of {@link #date()}. Absent parties and parts are empty optionals, never null.
 *
 * @param thirdPartyConnection for a service: {@code backhaul}, {@code roaming} or {@code interconnection} when it
 *     only connects to a third party's facilities (FAR 4.2102(b)(1)); empty otherwise
 */
public record Transaction(TransactionType type, LocalDate date, Optional<TxParty> buyer, Optional<TxParty> seller,
                          Optional<TxParty> endUser, List<Item> items, Optional<Funding> funding, String venue,
                          Optional<Use> use, Optional<Person> person, Optional<Technology> technology,
                          Optional<Representation> representation, Optional<Investment> investment,
                          List<Waiver> waivers, String thirdPartyConnection, List<OwnershipFact> ownership,
                          String reference) {

    public Transaction {
        items = List.copyOf(items);
        waivers = List.copyOf(waivers);
        ownership = List.copyOf(ownership);
    }
}
