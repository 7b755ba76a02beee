package org.cordon.ingest;

/**
 * What is wrong with one place in a list file.
 *
 * @param file    the file's name
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param field   the field (column name, XML element, JSON path), or empty when not about one field
 * @param message what is wrong, in words
 */
public record ImportProblem(String file, long line, String field, String message) {

    public ImportProblem {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, 0, "", message);
    }

    /** {@code file:line: field: message}, leaving out what is unknown. */
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
