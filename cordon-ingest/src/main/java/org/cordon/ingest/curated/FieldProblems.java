package org.cordon.ingest.curated;

import java.util.ArrayList;
import java.util.List;
import org.cordon.ingest.ImportProblem;

/**
 * What is wrong with one part of a curated list (its header or one entry), each problem at a field path such
 * as {@code entries[3].designations[0].authority}. A part is read to the end so that every problem in it is
 * reported at once, not one per run.
 */
final class FieldProblems {

    private final String file;
    private final long line;
    private final List<ImportProblem> problems = new ArrayList<>();

    /**
     * @param file the file's name
     * @param line the line the part starts on; tree nodes carry no position of their own
     */
    FieldProblems(String file, long line) {
        this.file = file;
        this.line = line;
    }

    void add(String field, String message) {
        problems.add(new ImportProblem(file, line, field, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }
}
