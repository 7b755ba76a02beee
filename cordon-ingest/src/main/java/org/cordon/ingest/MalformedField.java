package org.cordon.ingest;

/**
 * One field of a source record that cannot be read. Mappers throw it; the importer turns it into an
 * {@link ImportProblem} with the file and line and skips the record (or fails, in strict mode).
 */
public class MalformedField extends Exception {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final long line;

    /** A malformed field on the record's own line. */
    public MalformedField(String field, String message) {
        this(field, 0, message);
    }

    /**
     * @param line 1-based line of the field where it differs from the record's first line (XML), else 0
     */
    public MalformedField(String field, long line, String message) {
        super(message);
        this.field = field == null ? "" : field;
        this.line = line;
    }

    /** A record whose values the model refuses (a value object's own check failed). */
    public static MalformedField rejectedByModel(IllegalArgumentException refusal) {
        return new MalformedField("", "the entry does not fit the model: " + refusal.getMessage());
    }

    public String field() {
        return field;
    }

    /** The problem in {@code file}, at this field's own line when known, else at {@code recordLine}. */
    public ImportProblem toProblem(String file, long recordLine) {
        return new ImportProblem(file, line > 0 ? line : recordLine, field, getMessage());
    }
}
