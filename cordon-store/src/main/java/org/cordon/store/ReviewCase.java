package org.cordon.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A REVIEW outcome waiting for, or given, a person's judgement on one possible match.
 *
 * @param decisionId the decision that asked for review
 * @param subject the name in the transaction that matched
 * @param partyId the listed party it matched
 * @param entryHash the hash of that party's list entry when the case was opened
 * @param queryKey the normalised query that produced the match
 * @param summary why the match needs a look
 */
public record ReviewCase(String id, String decisionId, String subject, String partyId, String entryHash,
                         String queryKey, String summary, CaseStatus status, Optional<String> assignee,
                         Optional<Resolution> resolution, Optional<String> reason, Instant openedAt,
                         String openedBy, Optional<Instant> closedAt, Optional<String> closedBy) {

    /** How long the case has been open at {@code now}, or was open when it was closed. */
    public Duration age(Instant now) {
        return Duration.between(openedAt, closedAt.orElse(now));
    }
}
