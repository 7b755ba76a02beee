package org.cordon.policy.program;

/**
 * One rule of a program version: when it holds, the program yields its outcome. Rules are tried in order and
 * the first that holds decides.
 *
 * @param when a CEL condition over the transaction ({@code tx}), the parameters ({@code params}), the export
 *     facts ({@code facts}) and all findings ({@code findings}); empty means true
 * @param match a CEL condition over one finding ({@code f}); when present, the rule holds only if some finding
 *     meets it, and those findings are the ones reported. A rule met only by uncertain findings yields REVIEW.
 * @param reason the plain-language ground, with {@code ${expr}} parts filled in by CEL
 * @param regardlessOfParties the rule settles the program on the transaction's facts alone, whoever the parties
 *     are (a release to a U.S. person is no deemed export): a subject left unresolved does not reopen it. Every
 *     other ALLOW or ADVISORY stands only when every subject the program looks at is resolved ("fail closed").
 */
public record Rule(String id, String when, String match, Outcome outcome, String reason, String citation,
                   boolean regardlessOfParties) {}
