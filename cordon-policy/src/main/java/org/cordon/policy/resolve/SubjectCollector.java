package org.cordon.policy.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.PartyType;
import org.cordon.policy.transaction.Item;
import org.cordon.policy.transaction.PartyKind;
import org.cordon.policy.transaction.Transaction;
import org.cordon.policy.transaction.TransactionException;
import org.cordon.policy.transaction.TxParty;

/**
 * Every name in a transaction that may be, or lead to, a listed party: the parties, the makers and brands of the
 * items, their components and BOM components to any depth, the makers of devices by IMEI, the person and their
 * employer, and what a contractor disclosed.
 */
final class SubjectCollector {

    private final DeviceDirectory devices;
    private final BomDirectory boms;
    private final List<Subject> subjects = new ArrayList<>();
    private final List<Unresolved> unresolved = new ArrayList<>();

    SubjectCollector(DeviceDirectory devices, BomDirectory boms) {
        this.devices = devices;
        this.boms = boms;
    }

    List<Subject> subjects() {
        return subjects;
    }

    List<Unresolved> unresolved() {
        return unresolved;
    }

    SubjectCollector collect(Transaction t) {
        t.buyer().ifPresent(p -> party("buyer", "buyer", p));
        t.seller().ifPresent(p -> party("seller", "seller", p));
        t.endUser().ifPresent(p -> party("endUser", "end-user", p));
        for (int i = 0; i < t.items().size(); i++) {
            item("items[" + i + "]", t.items().get(i), true, 0, List.of());
        }
        t.person().ifPresent(p -> {
            add("person.name", "person", p.name(), PartyType.PERSON, Optional.empty(), List.of(), true, 0, List.of());
            add("person.employer", "employer", p.employer(), PartyType.ORGANIZATION, Optional.empty(), List.of(), true, 0, List.of());
        });
        t.representation().flatMap(r -> r.disclosure()).ifPresent(d -> {
            add("representation.disclosure.entity", "disclosed", d.entity(), PartyType.ORGANIZATION, Optional.empty(), List.of(), true, 0, List.of());
            add("representation.disclosure.brand", "disclosed", d.brand(), PartyType.ORGANIZATION, Optional.empty(), List.of(), true, 0, List.of());
        });
        return this;
    }

    private void party(String field, String role, TxParty p) {
        List<Identifier> ids = new ArrayList<>();
        for (Map.Entry<String, String> e : p.identifiers().entrySet()) {
            ids.add(Identifier.of(IdentifierType.valueOf(e.getKey().toUpperCase(Locale.ROOT)), e.getValue()));
        }
        PartyType type = p.kind() == PartyKind.PERSON ? PartyType.PERSON : PartyType.ORGANIZATION;
        add(field + ".name", role, p.name(), type, p.country(), ids, true, 0, List.of());
    }

    private void item(String field, Item item, boolean essential, int depth, List<PathStep> lead) {
        String role = depth == 0 ? null : "component";
        if (depth == 0 && !item.service() && item.manufacturer().isBlank() && item.brand().isBlank() && item.imei().isEmpty()) {
            unresolved.add(new Unresolved(field, "manufacturer", Unresolved.Kind.MAKER_NOT_STATED,
                    "the item '" + label(item) + "' names no manufacturer, brand or IMEI, so who made it is unknown"
                            + " (a service the seller provides itself says \"service\": true)"));
        }
        boolean ess = essential && item.essential();
        String label = label(item);
        add(field + ".manufacturer", role != null ? role : "manufacturer", item.manufacturer(), PartyType.ORGANIZATION,
                Optional.empty(), List.of(), ess, depth, lead);
        if (!item.brand().equalsIgnoreCase(item.manufacturer())) {
            add(field + ".brand", role != null ? role : "brand", item.brand(), PartyType.ORGANIZATION, Optional.empty(),
                    List.of(), ess, depth, lead);
        }
        if (!item.imei().isEmpty()) {
            Optional<DeviceDirectory.Device> d = devices.lookup(item.imei());
            if (d.isPresent()) {
                List<PathStep> steps = new ArrayList<>(lead);
                steps.add(new PathStep("IMEI " + item.imei(), "made_by", d.get().brand() + " " + d.get().model(),
                        Optional.empty(), "TAC " + d.get().tac() + ", " + d.get().source()));
                add(field + ".imei", role != null ? role : "device", d.get().brand(), PartyType.ORGANIZATION,
                        Optional.empty(), List.of(), ess, depth, steps);
            } else {
                unresolved.add(new Unresolved(field + ".imei", "device", Unresolved.Kind.UNKNOWN_DEVICE,
                        "the TAC of IMEI " + item.imei() + " is not in the TAC table, so its maker is unknown"));
            }
        }
        for (int i = 0; i < item.components().size(); i++) {
            Item c = item.components().get(i);
            List<PathStep> steps = new ArrayList<>(lead);
            steps.add(new PathStep(label(c), "part_of", label, Optional.empty(), c.essential() ? "essential component" : "component"));
            item(field + ".components[" + i + "]", c, ess, depth + 1, steps);
        }
        item.bom().ifPresent(json -> {
            List<BomDirectory.Component> top;
            try {
                top = boms.read(json);
            } catch (IllegalArgumentException e) {
                throw new TransactionException(field + ".cyclonedx", e.getMessage());
            }
            for (int i = 0; i < top.size(); i++) {
                bom(field + ".cyclonedx.components[" + i + "]", top.get(i), label, ess, depth + 1, lead);
            }
        });
    }

    private void bom(String field, BomDirectory.Component c, String parent, boolean essential, int depth, List<PathStep> lead) {
        boolean ess = essential && c.essential();
        List<PathStep> steps = new ArrayList<>(lead);
        steps.add(new PathStep(c.name(), "part_of", parent, Optional.empty(), "CycloneDX BOM"));
        for (String maker : c.makers()) {
            add(field, "component", maker, PartyType.ORGANIZATION, Optional.empty(), List.of(), ess, depth, steps);
        }
        for (int i = 0; i < c.children().size(); i++) {
            bom(field + ".components[" + i + "]", c.children().get(i), c.name(), ess, depth + 1, steps);
        }
    }

    private static String label(Item i) {
        for (String s : List.of(i.description(), i.model(), i.brand(), i.manufacturer())) {
            if (!s.isEmpty()) {
                return s;
            }
        }
        return i.imei().isEmpty() ? "item" : "IMEI " + i.imei();
    }

    private void add(String field, String role, String name, PartyType type, Optional<String> country,
                     List<Identifier> ids, boolean essential, int depth, List<PathStep> lead) {
        if (!name.isBlank() || !ids.isEmpty()) {
            subjects.add(new Subject(field, role, name, type, country, ids, essential, depth, lead));
        }
    }
}
