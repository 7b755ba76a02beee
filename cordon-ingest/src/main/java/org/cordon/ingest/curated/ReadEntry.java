package org.cordon.ingest.curated;

import java.util.ArrayList;
import java.util.List;
import org.cordon.ingest.ImportProblem;
import org.cordon.model.Party;

/**
 * One element of {@code entries} as read: a draft party, or the problems that keep it out. Both keep the id and
 * primary name, when readable, so that other entries' relationships can still name them.
 */
sealed interface ReadEntry permits ReadEntry.Draft, ReadEntry.Rejected {

    int index();

    long line();

    /** The entry id; empty when it could not be read. */
    String id();

    /** The primary name; empty when it could not be read. */
    String primaryName();

    /** The field path of the entry ({@code entries[3]}). */
    default String path() {
        return "entries[" + index() + "]";
    }

    /**
     * An entry that read cleanly; its relationships are still to be resolved against the other entries.
     *
     * @param party         the party without its relationships
     * @param relationships the relationships as written
     */
    record Draft(int index, long line, String id, String primaryName, Party party,
                 List<RelationshipDraft> relationships) implements ReadEntry {

        public Draft {
            relationships = List.copyOf(relationships);
        }

        Rejected reject(List<ImportProblem> problems) {
            return new Rejected(index, line, id, primaryName, problems);
        }
    }

    /** An entry left out, with every problem found in it. */
    record Rejected(int index, long line, String id, String primaryName, List<ImportProblem> problems)
            implements ReadEntry {

        public Rejected {
            problems = List.copyOf(problems);
        }

        Rejected plus(ImportProblem problem) {
            List<ImportProblem> all = new ArrayList<>(problems);
            all.add(problem);
            return new Rejected(index, line, id, primaryName, all);
        }
    }
}
