package org.cordon.policy.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;

/**
 * Turns a parsed BOM's components and dependency graph into trees of {@link BomComponent}: each component's
 * children are its nested components, then the components it depends on that are not nested in it. A component
 * depended on by several appears under each. A dependency back to a component already on the way down is left
 * out, so that cycles end; the depth and the total size are bounded so that a hostile BOM cannot exhaust memory.
 */
final class ComponentTree {

    /** One component of the BOM, where it is written, and the component it is nested in. */
    private static final class Node {
        final Component component;
        final String path;
        final Node parent;
        final List<Node> nested = new ArrayList<>();

        Node(Component component, String path, Node parent) {
            this.component = component;
            this.path = path;
            this.parent = parent;
        }
    }

    private final Bom bom;
    private final Map<String, Node> byRef = new HashMap<>();
    private final Set<String> serviceRefs = new HashSet<>();
    private final Map<Node, Set<Node>> dependsOn = new IdentityHashMap<>();
    private final Set<Node> dependedOn = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Node> topLevel = new ArrayList<>();
    private Node root;
    private int expanded;

    private ComponentTree(Bom bom) {
        this.bom = bom;
    }

    /** The top of the tree: the BOM's own component (metadata.component) when it names one, else the roots. */
    static List<BomComponent> of(Bom bom) throws BomException {
        ComponentTree tree = new ComponentTree(bom);
        tree.index();
        tree.link();
        return tree.build();
    }

    private void index() throws BomException {
        Metadata metadata = bom.getMetadata();
        if (metadata != null && metadata.getComponent() != null) {
            root = node(metadata.getComponent(), "metadata.component", null);
        }
        List<Component> components = orEmpty(bom.getComponents());
        for (int i = 0; i < components.size(); i++) {
            topLevel.add(node(components.get(i), "components[" + i + "]", null));
        }
        collectServiceRefs(orEmpty(bom.getServices()));
    }

    private Node node(Component component, String path, Node parent) throws BomException {
        Node node = new Node(component, path, parent);
        String ref = component.getBomRef();
        if (ref != null && !ref.isBlank()) {
            Node other = byRef.putIfAbsent(ref, node);
            if (other != null) {
                throw new BomException(path + ".bom-ref", quote(ref) + " is also the bom-ref of " + other.path
                        + ": a bom-ref must name one component");
            }
        }
        List<Component> nested = orEmpty(component.getComponents());
        for (int i = 0; i < nested.size(); i++) {
            node.nested.add(node(nested.get(i), path + ".components[" + i + "]", node));
        }
        return node;
    }

    private void collectServiceRefs(List<Service> services) {
        for (Service service : services) {
            if (service.getBomRef() != null) {
                serviceRefs.add(service.getBomRef());
            }
            collectServiceRefs(orEmpty(service.getServices()));
        }
    }

    private void link() throws BomException {
        List<Dependency> dependencies = orEmpty(bom.getDependencies());
        for (int i = 0; i < dependencies.size(); i++) {
            Dependency dependency = dependencies.get(i);
            Node from = known(dependency.getRef(), "dependencies[" + i + "].ref");
            List<Dependency> targets = orEmpty(dependency.getDependencies());
            for (int j = 0; j < targets.size(); j++) {
                Node to = known(targets.get(j).getRef(), "dependencies[" + i + "].dependsOn[" + j + "]");
                // Services are not parts of the product: their edges are checked, not followed.
                if (from != null && to != null) {
                    dependsOn.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
                    if (to != from) {
                        dependedOn.add(to);
                    }
                }
            }
        }
    }

    /** The component a reference names; null for a service; an error for a name nothing in the BOM has. */
    private Node known(String ref, String path) throws BomException {
        Node node = ref == null ? null : byRef.get(ref);
        if (node == null && !serviceRefs.contains(ref)) {
            throw new BomException(path, quote(ref) + " is the bom-ref of no component or service in this BOM");
        }
        return node;
    }

    private List<BomComponent> build() throws BomException {
        int level = 1;
        if (root != null) {
            placed.add(root);
            onPath.add(root);
            level = 2;
        }
        // First what nothing depends on, then whatever only a cycle reaches, each once, in BOM order.
        List<BomComponent> rootChildren = root == null ? List.of() : childrenOf(root, 1);
        List<BomComponent> more = new ArrayList<>();
        for (Node node : topLevel) {
            if (!dependedOn.contains(node) && !placed.contains(node)) {
                more.add(expand(node, level));
            }
        }
        for (Node node : topLevel) {
            if (!placed.contains(node)) {
                more.add(expand(node, level));
            }
        }
        if (root == null) {
            return more;
        }
        List<BomComponent> children = new ArrayList<>(rootChildren);
        children.addAll(more);
        return List.of(toComponent(root, children));
    }

    private BomComponent expand(Node node, int level) throws BomException {
        if (level > CycloneDxBomReader.MAX_DEPTH) {
            throw new BomException(node.path, "more than " + CycloneDxBomReader.MAX_DEPTH
                    + " levels of parts, nested or by dependencies, below the top of the BOM");
        }
        if (++expanded > CycloneDxBomReader.MAX_COMPONENTS) {
            throw new BomException("dependencies", "the component tree grows past " + CycloneDxBomReader.MAX_COMPONENTS
                    + " components (a component depended on by several is repeated under each)");
        }
        placed.add(node);
        onPath.add(node);
        List<BomComponent> children = childrenOf(node, level);
        onPath.remove(node);
        return toComponent(node, children);
    }

    private List<BomComponent> childrenOf(Node node, int level) throws BomException {
        List<BomComponent> children = new ArrayList<>();
        for (Node part : node.nested) {
            if (!onPath.contains(part)) {
                children.add(expand(part, level + 1));
            }
        }
        for (Node target : dependsOn.getOrDefault(node, Set.of())) {
            if (!onPath.contains(target) && !isNestedIn(target, node)) {
                children.add(expand(target, level + 1));
            }
        }
        return children;
    }

    private static boolean isNestedIn(Node node, Node ancestor) {
        for (Node p = node.parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private BomComponent toComponent(Node node, List<BomComponent> children) {
        Component c = node.component;
        String manufacturer = name(c.getManufacturer());
        String supplier = name(c.getSupplier());
        Metadata metadata = bom.getMetadata();
        if (node == root && metadata != null) {
            // The BOM's metadata speaks for the product it describes when the component itself is silent.
            if (manufacturer.isEmpty()) {
                manufacturer = manufacturer(metadata);
            }
            if (supplier.isEmpty()) {
                supplier = name(metadata.getSupplier());
            }
        }
        return new BomComponent(c.getName(), c.getGroup(), c.getVersion(), c.getPurl(), supplier, manufacturer,
                c.getPublisher(), author(c), c.getType() == null ? "" : c.getType().getTypeName(), children,
                properties(c));
    }

    /** {@code metadata.manufacturer} (1.6), else {@code metadata.manufacture}, its name until 1.5. */
    @SuppressWarnings("deprecation") // still how 1.4 and 1.5 BOMs name the maker
    private static String manufacturer(Metadata metadata) {
        String manufacturer = name(metadata.getManufacturer());
        return manufacturer.isEmpty() ? name(metadata.getManufacture()) : manufacturer;
    }

    private static String author(Component c) {
        if (c.getAuthor() != null && !c.getAuthor().isEmpty()) {
            return c.getAuthor();
        }
        for (OrganizationalContact contact : orEmpty(c.getAuthors())) {
            if (contact != null && contact.getName() != null && !contact.getName().isBlank()) {
                return contact.getName();
            }
        }
        return "";
    }

    private static Map<String, List<String>> properties(Component c) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        for (Property p : orEmpty(c.getProperties())) {
            if (p != null && p.getName() != null) {
                properties.computeIfAbsent(p.getName(), k -> new ArrayList<>()).add(p.getValue() == null ? "" : p.getValue());
            }
        }
        return properties;
    }

    private static String name(OrganizationalEntity entity) {
        return entity == null || entity.getName() == null ? "" : entity.getName();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
