package org.cordon.store;

import java.time.Instant;

/**
 * One step in a case's history.
 *
 * @param seq 1, 2, 3... within the case
 * @param detail the summary when opened, the assignee, the comment, or {@code RESOLUTION: reason}
 * @param auditSeq the audit record written with it
 */
public record CaseEvent(String caseId, int seq, Instant at, String actor, CaseEventKind kind, String detail,
                        long auditSeq) {
}
