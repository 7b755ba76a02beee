package org.cordon.ingest.curated;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.cordon.ingest.ImportException;

/**
 * The {@code list} header of a curated list: which list the file is, and which version of it.
 *
 * @param id          the list id the parties are filed under ({@code cordon-covered-telecom})
 * @param title       a human title
 * @param version     the curator's version label, text so that {@code 1.10} stays {@code 1.10}
 * @param published   the day this version was published
 * @param publisher   who curates the list; empty when not given
 * @param description what the list covers; empty when not given
 */
record ListHeader(String id, String title, String version, LocalDate published, String publisher,
                  String description) {

    /** Lower-case words joined by hyphens: ids end up in party ids ({@code listId/entryId}) and in file names. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Set<String> FIELDS = Set.of("id", "title", "version", "published", "publisher", "description");

    /**
     * Reads the header; any problem is fatal, since without a valid header the file is not a list.
     *
     * @param line the line the header starts on
     */
    static ListHeader read(JsonNode node, long line, String file) throws ImportException {
        FieldProblems problems = new FieldProblems(file, line);
        Field list = Field.root(node, "list", problems);
        if (list.isMappingOf(FIELDS)) {
            String id = list.get("id").requiredText();
            if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
                list.get("id").problem("'" + id + "' is not a list id (lower-case letters, digits and hyphens)");
            }
            String title = list.get("title").requiredText();
            String version = list.get("version").requiredText();
            var published = list.get("published").requiredDate();
            String publisher = list.get("publisher").optionalText();
            String description = list.get("description").optionalText();
            if (problems.isEmpty()) {
                return new ListHeader(id, title, version, published.orElseThrow(), publisher, description);
            }
        }
        throw new ImportException(problems.problems());
    }
}
