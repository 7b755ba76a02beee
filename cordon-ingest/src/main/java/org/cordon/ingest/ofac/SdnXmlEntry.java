package org.cordon.ingest.ofac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code sdnEntry} of the SDN XML as read, before it is checked and mapped: its single-valued fields
 * ({@code uid}, {@code lastName}...), its programs, and the items of each list element ({@code idList},
 * {@code akaList}...) as maps of child texts.
 */
final class SdnXmlEntry {

    final long line;
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<String> programs = new ArrayList<>();
    final Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();

    SdnXmlEntry(long line) {
        this.line = line;
    }

    /** A field's text, empty when absent. */
    String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** The items of a list element ({@code akaList} gives its {@code aka} items), empty when absent. */
    List<Map<String, String>> items(String list) {
        return lists.getOrDefault(list, List.of());
    }
}
