package org.cordon.policy.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One component of a product's bill of materials, with the parts it contains or depends on. Absent text is
 * {@code ""}; values are kept as the BOM writes them.
 *
 * @param name         the component's name (required by CycloneDX)
 * @param group        the namespace: a package group ({@code com.example}) or, in hardware BOMs, often the maker
 * @param version      the version, or empty
 * @param purl         the package URL, or empty
 * @param supplier     the supplier organisation's name, or empty
 * @param manufacturer the manufacturer organisation's name (CycloneDX 1.6), or empty
 * @param publisher    the publisher, or empty
 * @param author       the author (the {@code author} text, else the first of {@code authors}), or empty
 * @param type         the CycloneDX type: {@code device}, {@code firmware}, {@code library}, {@code application},
 *                     ...; empty when the BOM gives none
 * @param children     the parts: nested components first, then the components it depends on that are not nested
 *                     in it
 * @param properties   the CycloneDX properties by name; a name may carry several values, in BOM order
 */
public record BomComponent(String name, String group, String version, String purl, String supplier,
                           String manufacturer, String publisher, String author, String type,
                           List<BomComponent> children, Map<String, List<String>> properties) {

    /** A package namespace rather than an organisation: reverse DNS or a Maven group, an npm scope, a path. */
    private static final Pattern NAMESPACE = Pattern.compile("@.*|.*/.*|[\\p{Alnum}_-]+(\\.[\\p{Alnum}_-]+)+");

    public BomComponent {
        name = orEmpty(name);
        group = orEmpty(group);
        version = orEmpty(version);
        purl = orEmpty(purl);
        supplier = orEmpty(supplier);
        manufacturer = orEmpty(manufacturer);
        publisher = orEmpty(publisher);
        author = orEmpty(author);
        type = orEmpty(type);
        children = children == null ? List.of() : List.copyOf(children);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        properties = Collections.unmodifiableMap(copy);
    }

    /**
     * The organisations that may have made this component, most telling first and each once (compared without
     * case): manufacturer, supplier, publisher, author, then the group when it reads like an organisation's name
     * rather than a package namespace such as {@code com.example} or {@code @scope}.
     */
    public List<String> makers() {
        Set<String> seen = new LinkedHashSet<>();
        List<String> makers = new ArrayList<>();
        List<String> candidates = new ArrayList<>(List.of(manufacturer, supplier, publisher, author));
        if (!NAMESPACE.matcher(group.strip()).matches()) {
            candidates.add(group);
        }
        for (String candidate : candidates) {
            String maker = candidate.strip();
            if (!maker.isEmpty() && seen.add(maker.toLowerCase(Locale.ROOT))) {
                makers.add(maker);
            }
        }
        return makers;
    }

    /** This component and every part below it, depth first, each parent before its children. */
    public Stream<BomComponent> stream() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(BomComponent::stream));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
