package org.cordon.policy.device;

import java.util.List;
import java.util.stream.Collectors;

/** A TAC file that cannot be used: unreadable, of another format, or (when read strictly) with bad rows. */
public class TacFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;
    private final transient List<TacProblem> problems;

    public TacFileException(List<TacProblem> problems) {
        this(problems, null);
    }

    public TacFileException(TacProblem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    private TacFileException(List<TacProblem> problems, Throwable cause) {
        super(summary(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<TacProblem> problems() {
        return problems;
    }

    private static String summary(List<TacProblem> problems) {
        String head = problems.stream().limit(SHOWN).map(TacProblem::toString).collect(Collectors.joining("\n  "));
        return problems.size() <= SHOWN ? head : head + "\n  ... and " + (problems.size() - SHOWN) + " more";
    }
}
