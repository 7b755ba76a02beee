package org.cordon.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cordon.model.Address;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.Relationship;

/**
 * What changed between two versions of a list, entry by entry (entries are matched by the publisher's id):
 * added, removed, and changed with the fields that changed.
 */
public record SnapshotDiff(SnapshotInfo from, SnapshotInfo to, List<Party> added, List<Party> removed,
                           List<PartyChange> changed) {

    public SnapshotDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** One entry present in both versions whose content differs. */
    public record PartyChange(Party before, Party after, List<FieldChange> changes) {
        public PartyChange {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One changed field: the values only in the old version and the values only in the new one.
     *
     * @param field   the field's name ({@code names}, {@code addresses}, {@code designations}...)
     * @param removed values the old version had and the new one lacks
     * @param added   values the new version has and the old one lacked
     */
    public record FieldChange(String field, List<String> removed, List<String> added) {
        public FieldChange {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    /** Compares two snapshots of the same list. */
    public static SnapshotDiff between(ListSnapshot from, ListSnapshot to) {
        List<Party> added = new ArrayList<>();
        List<Party> removed = new ArrayList<>();
        List<PartyChange> changed = new ArrayList<>();
        for (Party after : to.parties()) {
            from.party(after.sourceId()).ifPresentOrElse(before -> {
                List<FieldChange> changes = compare(before, after);
                if (!changes.isEmpty()) {
                    changed.add(new PartyChange(before, after, changes));
                }
            }, () -> added.add(after));
        }
        for (Party before : from.parties()) {
            if (to.party(before.sourceId()).isEmpty()) {
                removed.add(before);
            }
        }
        return new SnapshotDiff(from.info(), to.info(), added, removed, changed);
    }

    static List<FieldChange> compare(Party a, Party b) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "type", List.of(a.type()), List.of(b.type()), Object::toString);
        field(changes, "names", a.names(), b.names(), SnapshotDiff::describe);
        field(changes, "identifiers", a.identifiers(), b.identifiers(), SnapshotDiff::describe);
        field(changes, "addresses", a.addresses(), b.addresses(), Address::oneLine);
        field(changes, "nationalities", a.nationalities(), b.nationalities(), c -> c.name().isEmpty() ? c.code() : c.name());
        field(changes, "dates", a.dates(), b.dates(), SnapshotDiff::describe);
        field(changes, "relationships", a.relationships(), b.relationships(), SnapshotDiff::describe);
        field(changes, "designations", a.designations(), b.designations(), SnapshotDiff::describe);
        field(changes, "remarks", List.of(a.remarks()), List.of(b.remarks()), Function.identity());
        field(changes, "confidence", List.of(a.confidence()), List.of(b.confidence()), Object::toString);
        return changes;
    }

    private static <T> void field(List<FieldChange> changes, String name, List<T> before, List<T> after,
                                  Function<T, String> render) {
        if (Objects.equals(before, after)) {
            return;
        }
        Set<String> old = before.stream().map(render).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> now = after.stream().map(render).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> removed = old.stream().filter(s -> !now.contains(s)).toList();
        List<String> added = now.stream().filter(s -> !old.contains(s)).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(new FieldChange(name, removed, added));
        }
    }

    private static String describe(Name n) {
        return n.value() + " (" + n.kind().name().toLowerCase() + ")";
    }

    private static String describe(Identifier i) {
        return i.type() + (i.label().isEmpty() ? "" : " [" + i.label() + "]") + " " + i.value()
                + i.country().map(c -> " (" + (c.code().isEmpty() ? c.name() : c.code()) + ")").orElse("");
    }

    private static String describe(PartyDate d) {
        return d.kind().name().toLowerCase() + " " + d.from() + (d.to().equals(d.from()) ? "" : " to " + d.to());
    }

    private static String describe(Relationship r) {
        return r.kind().name().toLowerCase() + " " + r.targetName() + r.share().map(s -> " " + s + "%").orElse("")
                + r.since().map(d -> " from " + d).orElse("") + r.until().map(d -> " until " + d).orElse("")
                + (r.source().isEmpty() ? "" : " [" + r.source() + "]");
    }

    private static String describe(Designation d) {
        StringBuilder sb = new StringBuilder(d.program().isEmpty() ? d.listId() : d.program());
        if (!d.authority().isEmpty()) {
            sb.append(" [").append(d.authority()).append(']');
        }
        d.listedOn().ifPresent(x -> sb.append(" from ").append(x));
        d.liftedOn().ifPresent(x -> sb.append(" lifted ").append(x));
        d.expiresOn().ifPresent(x -> sb.append(" expires ").append(x));
        return sb.toString();
    }
}
