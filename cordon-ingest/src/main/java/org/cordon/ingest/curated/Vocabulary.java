package org.cordon.ingest.curated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a curated list may use for one enumerated value, each mapped to its model value. Words are exact
 * (lower-case, as the JSON Schema spells them) so that a file the schema accepts is a file the importer accepts.
 *
 * @param <E> the model type the words stand for
 */
final class Vocabulary<E> {

    private final String what;
    private final Map<String, E> byWord;
    private final List<String> words;

    private Vocabulary(String what, Map<String, E> byWord) {
        this.what = what;
        this.byWord = Map.copyOf(byWord);
        this.words = List.copyOf(byWord.keySet());
    }

    /** Every constant of the enum, each under its name in lower case. */
    static <E extends Enum<E>> Vocabulary<E> ofEnum(String what, Class<E> type) {
        Map<String, E> words = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            words.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return new Vocabulary<>(what, words);
    }

    /** Exactly the given words, in the order given. */
    static <E> Vocabulary<E> of(String what, Map<String, E> words) {
        return new Vocabulary<>(what, words);
    }

    /** What the words name ("name kind", "party type"), for messages. */
    String what() {
        return what;
    }

    Optional<E> find(String word) {
        return Optional.ofNullable(byWord.get(word));
    }

    /** The words in the order they were declared. */
    List<String> words() {
        return words;
    }
}
