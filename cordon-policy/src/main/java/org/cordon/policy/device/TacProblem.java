package org.cordon.policy.device;

/**
 * What is wrong with one place in a TAC file.
 *
 * @param file    the file's name
 * @param line    1-based line where the row starts, or 0 when the problem concerns the whole file
 * @param field   the field ({@code tac}, {@code brand}, ...), or empty when not about one field
 * @param message what is wrong, in words
 */
public record TacProblem(String file, long line, String field, String message) {

    public TacProblem {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    /** {@code file:line: field 'f': message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(message).toString();
    }
}
