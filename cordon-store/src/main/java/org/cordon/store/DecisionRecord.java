package org.cordon.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision as stored: the transaction and the decision as JSON, and the columns searched and counted.
 *
 * @param id assigned by the caller, unique
 * @param createdAt when the decision was made (kept to the microsecond)
 * @param actor who asked: a user or an API key id
 * @param asOf the date the programs and lists were taken as of
 * @param outcome {@code ALLOW}, {@code ADVISORY}, {@code REVIEW}, {@code LICENSE_REQUIRED} or {@code BLOCK}
 * @param reference the transaction's own reference (a purchase order...), empty when it has none
 * @param transactionJson the transaction as received
 * @param decisionJson the decision as the policy wrote it
 * @param listVersions the list versions screened against ({@code list@N})
 */
public record DecisionRecord(String id, Instant createdAt, String actor, LocalDate asOf, String outcome,
                             String reference, String transactionJson, String decisionJson,
                             List<String> listVersions) {

    public DecisionRecord {
        Checks.nonBlank(id, "id");
        createdAt = Timestamps.truncate(Objects.requireNonNull(createdAt, "createdAt"));
        Checks.nonBlank(actor, "actor");
        Objects.requireNonNull(asOf, "asOf");
        Checks.nonBlank(outcome, "outcome");
        Checks.text(reference, "reference");
        Json.require(transactionJson, "transactionJson");
        Json.require(decisionJson, "decisionJson");
        listVersions = Checks.texts(listVersions, "listVersions");
    }
}
