package org.cordon.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** An import that cannot go ahead; carries every problem found, each naming file, line and field. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public ImportException(ImportProblem problem, Throwable cause) {
        super(summary(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        String head = problems.stream().limit(10).map(ImportProblem::toString).collect(Collectors.joining("\n  "));
        return problems.size() <= 10 ? head : head + "\n  ... and " + (problems.size() - 10) + " more";
    }
}
