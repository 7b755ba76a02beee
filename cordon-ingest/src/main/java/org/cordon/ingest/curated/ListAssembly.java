package org.cordon.ingest.curated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.ingest.ImportProblem;
import org.cordon.model.Party;

/**
 * Turns the entries of one file into parties, checking what no single entry can check alone: ids are unique, and
 * a relationship written with an entry id names an entry of the file. Relationships to accepted entries get the
 * target party's id and primary name; a relationship to an entry that was itself rejected keeps only the name,
 * so that no party points at one missing from the result and one bad entry does not take its affiliates down.
 */
final class ListAssembly {

    /**
     * @param parties the parties, in file order
     * @param rejected the entries left out, in file order
     */
    record Result(List<Party> parties, List<ReadEntry.Rejected> rejected) {}

    private final String file;

    ListAssembly(String file) {
        this.file = file;
    }

    Result assemble(List<ReadEntry> read) {
        List<ReadEntry> entries = rejectDuplicateIds(read);
        Map<String, ReadEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.id(), e));
        entries = rejectUnknownTargets(entries, byId);

        Map<String, Party> accepted = new LinkedHashMap<>();
        List<ReadEntry.Rejected> rejected = new ArrayList<>();
        for (ReadEntry e : entries) {
            if (e instanceof ReadEntry.Draft d) {
                accepted.put(d.id(), d.party());
            } else {
                rejected.add((ReadEntry.Rejected) e);
            }
        }
        List<Party> parties = new ArrayList<>(accepted.size());
        for (ReadEntry e : entries) {
            if (e instanceof ReadEntry.Draft d) {
                parties.add(linked(d, byId, accepted));
            }
        }
        return new Result(parties, rejected);
    }

    /** The first entry with an id keeps it; later ones are rejected, pointing at the first. */
    private List<ReadEntry> rejectDuplicateIds(List<ReadEntry> entries) {
        Map<String, ReadEntry> first = new HashMap<>();
        List<ReadEntry> checked = new ArrayList<>(entries.size());
        for (ReadEntry e : entries) {
            ReadEntry earlier = e.id().isEmpty() ? null : first.putIfAbsent(e.id(), e);
            if (earlier == null) {
                checked.add(e);
                continue;
            }
            ImportProblem duplicate = new ImportProblem(file, e.line(), e.path() + ".id", "duplicate id '" + e.id()
                    + "'; the entry at line " + earlier.line() + " has it already");
            checked.add(e instanceof ReadEntry.Draft d ? d.reject(List.of(duplicate))
                    : ((ReadEntry.Rejected) e).plus(duplicate));
        }
        return checked;
    }

    private List<ReadEntry> rejectUnknownTargets(List<ReadEntry> entries, Map<String, ReadEntry> byId) {
        List<ReadEntry> checked = new ArrayList<>(entries.size());
        for (ReadEntry e : entries) {
            if (!(e instanceof ReadEntry.Draft d)) {
                checked.add(e);
                continue;
            }
            List<ImportProblem> problems = new ArrayList<>();
            for (RelationshipDraft r : d.relationships()) {
                if (r.targetsEntry() && !byId.containsKey(r.target())) {
                    problems.add(new ImportProblem(file, d.line(), r.path() + ".target", "no entry with id '"
                            + r.target() + "' in this file; write a party that is not on the list by its name"));
                }
            }
            checked.add(problems.isEmpty() ? d : d.reject(problems));
        }
        return checked;
    }

    private static Party linked(ReadEntry.Draft d, Map<String, ReadEntry> byId, Map<String, Party> accepted) {
        if (d.relationships().isEmpty()) {
            return d.party();
        }
        Party.Builder party = d.party().toBuilder();
        for (RelationshipDraft r : d.relationships()) {
            if (!r.targetsEntry()) {
                party.relationship(r.toName(r.target()));
            } else if (accepted.containsKey(r.target())) {
                Party target = accepted.get(r.target());
                party.relationship(r.toParty(target.id(), target.primaryName().value()));
            } else {
                String name = byId.get(r.target()).primaryName();
                party.relationship(r.toName(name.isEmpty() ? r.target() : name));
            }
        }
        return party.build();
    }
}
