package org.cordon.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A listed party: an organisation, person, vessel or aircraft as one list describes it.
 *
 * <p>Example:
 * <pre>{@code
 * Party huawei = Party.builder("cordon-covered-telecom", "huawei-technologies", PartyType.ORGANIZATION)
 *         .name(Name.primary("Huawei Technologies Co., Ltd."))
 *         .name(new Name("华为技术有限公司", NameKind.ORIGINAL_SCRIPT, "", "zh-Hans"))
 *         .build();
 * }</pre>
 *
 * @param listId        the list it is on
 * @param sourceId      the publisher's own id of the entry (OFAC ent_num, CSL {@code _id}, UN reference number,
 *                      curated id); unique within a list version
 * @param type          organisation, person, vessel, aircraft or unknown
 * @param names         its names; the first is the primary name
 * @param identifiers   typed identifiers
 * @param addresses     addresses
 * @param nationalities countries of nationality or citizenship (persons), of registration (organisations)
 * @param dates         dates of birth or incorporation
 * @param relationships ties to other parties
 * @param designations  the programs it is designated under
 * @param remarks       the source's free-text remarks, kept whole
 * @param confidence    how well established the entry as a whole is
 */
public record Party(String listId, String sourceId, PartyType type, List<Name> names, List<Identifier> identifiers,
                    List<Address> addresses, List<Country> nationalities, List<PartyDate> dates,
                    List<Relationship> relationships, List<Designation> designations, String remarks,
                    Confidence confidence) {

    public Party {
        listId = Checks.required(listId, "list id");
        sourceId = Checks.required(sourceId, "source id");
        Checks.nonNull(type, "party type");
        names = Checks.list(names, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("party " + sourceId + " has no name");
        }
        identifiers = Checks.list(identifiers, "identifiers");
        addresses = Checks.list(addresses, "addresses");
        nationalities = Checks.list(nationalities, "nationalities");
        dates = Checks.list(dates, "dates");
        relationships = Checks.list(relationships, "relationships");
        designations = Checks.list(designations, "designations");
        remarks = Checks.text(remarks, "remarks");
        Checks.nonNull(confidence, "confidence");
    }

    /** The party's id across lists: {@code listId/sourceId}. */
    public String id() {
        return listId + "/" + sourceId;
    }

    /** The name the list files it under. */
    public Name primaryName() {
        return names.get(0);
    }

    public static Builder builder(String listId, String sourceId, PartyType type) {
        return new Builder(listId, sourceId, type);
    }

    public Builder toBuilder() {
        Builder b = new Builder(listId, sourceId, type);
        b.names.addAll(names);
        b.identifiers.addAll(identifiers);
        b.addresses.addAll(addresses);
        b.nationalities.addAll(nationalities);
        b.dates.addAll(dates);
        b.relationships.addAll(relationships);
        b.designations.addAll(designations);
        return b.remarks(remarks).confidence(confidence);
    }

    /** Collects a party's parts while a source record is read. */
    public static final class Builder {
        private final String listId;
        private final String sourceId;
        private PartyType type;
        private final List<Name> names = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<Country> nationalities = new ArrayList<>();
        private final List<PartyDate> dates = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final List<Designation> designations = new ArrayList<>();
        private String remarks = "";
        private Confidence confidence = Confidence.HIGH;

        private Builder(String listId, String sourceId, PartyType type) {
            this.listId = listId;
            this.sourceId = sourceId;
            this.type = type;
        }

        public Builder type(PartyType v) { type = v; return this; }
        public PartyType type() { return type; }
        /** Adds a name unless the same text with the same kind is already there. */
        public Builder name(Name v) {
            boolean dup = names.stream().anyMatch(n -> n.value().equals(v.value()) && n.kind() == v.kind());
            if (!dup) {
                names.add(v);
            }
            return this;
        }
        public Builder identifier(Identifier v) { if (!identifiers.contains(v)) { identifiers.add(v); } return this; }
        public Builder address(Address v) { if (!addresses.contains(v)) { addresses.add(v); } return this; }
        public Builder nationality(Country v) { if (!nationalities.contains(v)) { nationalities.add(v); } return this; }
        public Builder date(PartyDate v) { if (!dates.contains(v)) { dates.add(v); } return this; }
        public Builder relationship(Relationship v) { if (!relationships.contains(v)) { relationships.add(v); } return this; }
        public Builder designation(Designation v) { if (!designations.contains(v)) { designations.add(v); } return this; }
        public Builder remarks(String v) { remarks = v; return this; }
        public Builder confidence(Confidence v) { confidence = v; return this; }
        public List<Name> names() { return List.copyOf(names); }

        public Party build() {
            return new Party(listId, sourceId, type, names, identifiers, addresses, nationalities, dates,
                    relationships, designations, remarks, confidence);
        }
    }
}
