package org.cordon.ingest.dpl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.model.Name;
import org.cordon.model.NameKind;

/**
 * The DPL has no alias column, so aliases are written into the name: "FUYI SUN A/K/A FRANK SUN",
 * "SIBERIAN AIRLINES D/B/A S7 AIRLINES". Splits such a name into the primary name and its aliases, so that
 * each can be matched on its own.
 */
final class EmbeddedAliases {

    private static final Pattern MARKER = Pattern.compile("\\s+(A/K/A|AKA|F/K/A|FKA|D/B/A|DBA)\\s+",
            Pattern.CASE_INSENSITIVE);

    private EmbeddedAliases() {}

    /** The names in a published DPL name, the primary first; a name without markers comes back alone. */
    static List<Name> split(String published) {
        List<Name> names = new ArrayList<>();
        Matcher m = MARKER.matcher(published);
        int start = 0;
        NameKind kind = NameKind.PRIMARY;
        while (m.find()) {
            add(names, published.substring(start, m.start()), kind);
            kind = m.group(1).toUpperCase().startsWith("F") ? NameKind.FKA : NameKind.AKA;
            start = m.end();
        }
        add(names, published.substring(start), kind);
        if (names.isEmpty() || names.get(0).kind() != NameKind.PRIMARY) {
            return List.of(Name.primary(published));
        }
        return names;
    }

    private static void add(List<Name> names, String part, NameKind kind) {
        String text = part.strip();
        if (!text.isEmpty()) {
            names.add(Name.of(text, kind));
        }
    }
}
