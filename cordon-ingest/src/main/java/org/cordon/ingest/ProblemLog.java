package org.cordon.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects malformed rows during an import. In strict mode the import fails at the end with every problem
 * found (up to a cap, so a wrong-format file does not produce a million lines); in lenient mode the rows are
 * skipped and reported.
 */
public final class ProblemLog {

    private static final int MAX_KEPT = 1000;
    private final ImportMode mode;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int count;

    public ProblemLog(ImportMode mode) {
        this.mode = mode;
    }

    /** Records a malformed row; the caller skips the row. */
    public void skip(ImportProblem problem) {
        count++;
        if (problems.size() < MAX_KEPT) {
            problems.add(problem);
        }
    }

    public int count() {
        return count;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Ends the import: in strict mode throws when any row was malformed.
     *
     * @return the skipped rows (lenient mode)
     */
    public List<ImportProblem> finish() throws ImportException {
        if (mode == ImportMode.STRICT && count > 0) {
            List<ImportProblem> all = new ArrayList<>(problems);
            if (count > problems.size()) {
                all.add(ImportProblem.ofFile(problems.get(0).file(), (count - problems.size()) + " further problems not shown"));
            }
            throw new ImportException(all);
        }
        return problems();
    }
}
