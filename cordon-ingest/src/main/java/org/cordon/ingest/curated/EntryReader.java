package org.cordon.ingest.curated;

import static org.cordon.ingest.curated.CuratedTerms.CONFIDENCES;
import static org.cordon.ingest.curated.CuratedTerms.IDENTIFIER_TYPES;
import static org.cordon.ingest.curated.CuratedTerms.NAME_KINDS;
import static org.cordon.ingest.curated.CuratedTerms.PARTY_TYPES;
import static org.cordon.ingest.curated.CuratedTerms.RELATION_KINDS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cordon.model.Address;
import org.cordon.model.Confidence;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;

/**
 * Reads one element of {@code entries} into a draft party. Every field is read even after a problem, so that an
 * entry's problems are all reported at once; any problem rejects the entry.
 */
final class EntryReader {

    private static final Set<String> ENTRY_FIELDS = Set.of("id", "type", "confidence", "names", "country",
            "identifiers", "addresses", "relationships", "designations", "remarks", "sources");
    private static final Set<String> NAME_FIELDS = Set.of("value", "kind", "language", "script");
    private static final Set<String> IDENTIFIER_FIELDS = Set.of("type", "value", "label", "country");
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "city", "region", "postal_code", "country");
    private static final Set<String> RELATIONSHIP_FIELDS = Set.of("kind", "target", "share", "confidence",
            "since", "until", "source");
    private static final Set<String> DESIGNATION_FIELDS = Set.of("program", "authority", "listed_on", "lifted_on",
            "expires_on", "licence_requirement", "licence_policy", "confidence", "note", "source_url");

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Pattern SCRIPT = Pattern.compile("[A-Z][a-z]{3}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final String file;
    private final String listId;

    /**
     * @param file   the file's name, for problems
     * @param listId the list the parties and their designations are filed under
     */
    EntryReader(String file, String listId) {
        this.file = file;
        this.listId = listId;
    }

    ReadEntry read(int index, long line, JsonNode node) {
        FieldProblems problems = new FieldProblems(file, line);
        Field entry = Field.root(node, "entries[" + index + "]", problems);
        if (!entry.isMappingOf(ENTRY_FIELDS)) {
            return new ReadEntry.Rejected(index, line, "", "", problems.problems());
        }
        String id = entry.get("id").requiredText();
        if (!id.isEmpty() && !ListHeader.SLUG.matcher(id).matches()) {
            entry.get("id").problem("'" + id + "' is not an entry id (lower-case letters, digits and hyphens)");
        }
        Optional<PartyType> type = entry.get("type").requiredTerm(PARTY_TYPES);
        Confidence confidence = entry.get("confidence").requiredTerm(CONFIDENCES).orElse(Confidence.HIGH);
        List<Name> names = names(entry.get("names"));
        Optional<Country> country = country(entry.get("country"));
        List<Identifier> identifiers = new ArrayList<>();
        for (Field f : entry.get("identifiers").list(false)) {
            identifier(f).ifPresent(identifiers::add);
        }
        List<Address> addresses = new ArrayList<>();
        for (Field f : entry.get("addresses").list(false)) {
            address(f).ifPresent(addresses::add);
        }
        List<RelationshipDraft> relationships = new ArrayList<>();
        for (Field f : entry.get("relationships").list(false)) {
            relationship(f, confidence).ifPresent(relationships::add);
        }
        List<Designation> designations = new ArrayList<>();
        for (Field f : entry.get("designations").list(true)) {
            designation(f, confidence).ifPresent(designations::add);
        }
        String remarks = withSources(entry.get("remarks").optionalText(), sources(entry.get("sources")));

        String primaryName = names.isEmpty() ? "" : names.get(0).value();
        if (!problems.isEmpty() || type.isEmpty()) {
            return new ReadEntry.Rejected(index, line, id, primaryName, problems.problems());
        }
        try {
            Party.Builder party = Party.builder(listId, id, type.get()).confidence(confidence).remarks(remarks);
            names.forEach(party::name);
            country.ifPresent(party::nationality);
            identifiers.forEach(party::identifier);
            addresses.forEach(party::address);
            designations.forEach(party::designation);
            return new ReadEntry.Draft(index, line, id, primaryName, party.build(), relationships);
        } catch (IllegalArgumentException invalid) {
            // The checks above should catch everything the model refuses; this keeps one bad entry from failing the file.
            problems.add(entry.path(), invalid.getMessage());
            return new ReadEntry.Rejected(index, line, id, primaryName, problems.problems());
        }
    }

    /** The names with the primary one first, as {@link Party#primaryName()} expects. */
    private List<Name> names(Field field) {
        List<Name> names = new ArrayList<>();
        Name primary = null;
        List<Field> elements = field.list(true);
        for (Field f : elements) {
            if (!f.isMappingOf(NAME_FIELDS)) {
                continue;
            }
            String value = f.get("value").requiredText();
            Optional<NameKind> kind = f.get("kind").requiredTerm(NAME_KINDS);
            String language = f.get("language").optionalMatching(LANGUAGE, "a BCP 47 language tag (zh-Hans, ru)");
            String script = f.get("script").optionalMatching(SCRIPT, "an ISO 15924 script code (Hani, Cyrl)");
            if (value.isEmpty() || kind.isEmpty()) {
                continue;
            }
            Name name = new Name(value, kind.get(), script, language);
            if (kind.get() != NameKind.PRIMARY) {
                names.add(name);
            } else if (primary == null) {
                primary = name;
            } else {
                f.get("kind").problem("a second primary name ('" + value + "' after '" + primary.value()
                        + "'); an entry has exactly one");
            }
        }
        if (primary == null) {
            if (!elements.isEmpty()) {
                field.problem("has no name of kind primary; an entry has exactly one");
            }
            return List.of();
        }
        names.add(0, primary);
        return names;
    }

    private Optional<Identifier> identifier(Field f) {
        if (!f.isMappingOf(IDENTIFIER_FIELDS)) {
            return Optional.empty();
        }
        Optional<IdentifierType> type = f.get("type").requiredTerm(IDENTIFIER_TYPES);
        String value = f.get("value").requiredText();
        String label = f.get("label").optionalText();
        Optional<Country> country = country(f.get("country"));
        if (type.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(type.get(), label, value, country));
    }

    private Optional<Address> address(Field f) {
        if (!f.isMappingOf(ADDRESS_FIELDS)) {
            return Optional.empty();
        }
        String street = f.get("street").optionalText();
        String city = f.get("city").optionalText();
        String region = f.get("region").optionalText();
        String postalCode = f.get("postal_code").optionalText();
        Optional<Country> country = country(f.get("country"));
        if (street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty() && country.isEmpty()) {
            f.problem("has no part; give at least one of street, city, region, postal_code, country");
            return Optional.empty();
        }
        return Optional.of(new Address(street, city, region, postalCode, country));
    }

    private Optional<RelationshipDraft> relationship(Field f, Confidence entryConfidence) {
        if (!f.isMappingOf(RELATIONSHIP_FIELDS)) {
            return Optional.empty();
        }
        Optional<RelationKind> kind = f.get("kind").requiredTerm(RELATION_KINDS);
        String target = f.get("target").requiredText("an entry id of this file, or the name of another party");
        Optional<Double> share = f.get("share").optionalNumber(0, 100);
        Confidence confidence = f.get("confidence").optionalTerm(CONFIDENCES).orElse(entryConfidence);
        Optional<LocalDate> since = f.get("since").optionalDate();
        Optional<LocalDate> until = f.get("until").optionalDate();
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            f.get("until").problem(until.get() + " is before since " + since.get());
        }
        String source = f.get("source").optionalText();
        if (kind.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RelationshipDraft(f.path(), kind.get(), target, share, confidence, since, until,
                source));
    }

    private Optional<Designation> designation(Field f, Confidence entryConfidence) {
        if (!f.isMappingOf(DESIGNATION_FIELDS)) {
            return Optional.empty();
        }
        String program = f.get("program").requiredText();
        String authority = f.get("authority").requiredText(
                "every designation cites the instrument it rests on (Federal Register, CFR, FCC document...)");
        Optional<LocalDate> listedOn = f.get("listed_on").optionalDate();
        Optional<LocalDate> liftedOn = f.get("lifted_on").optionalDate();
        Optional<LocalDate> expiresOn = f.get("expires_on").optionalDate();
        notBefore(f.get("lifted_on"), liftedOn, listedOn);
        notBefore(f.get("expires_on"), expiresOn, listedOn);
        Designation.Builder designation = Designation.builder(listId, program).authority(authority)
                .listedOn(listedOn.orElse(null)).liftedOn(liftedOn.orElse(null)).expiresOn(expiresOn.orElse(null))
                .licenceRequirement(f.get("licence_requirement").optionalText())
                .licencePolicy(f.get("licence_policy").optionalText())
                .confidence(f.get("confidence").optionalTerm(CONFIDENCES).orElse(entryConfidence))
                .note(f.get("note").optionalText())
                .sourceRecord(f.get("source_url").optionalMatching(URL, "an http(s) URL"));
        if (program.isEmpty() || authority.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(designation.build());
    }

    private static void notBefore(Field field, Optional<LocalDate> date, Optional<LocalDate> listedOn) {
        if (date.isPresent() && listedOn.isPresent() && date.get().isBefore(listedOn.get())) {
            field.problem(date.get() + " is before listed_on " + listedOn.get());
        }
    }

    /** An ISO 3166-1 alpha-2 code; a curated list writes codes, not names, so that every country is recognised. */
    private static Optional<Country> country(Field f) {
        String code = f.optionalMatching(COUNTRY_CODE, "an ISO 3166-1 alpha-2 country code (CN, US)");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Country country = Country.of(code);
        if (!country.isKnown()) {
            f.problem("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
            return Optional.empty();
        }
        return Optional.of(country);
    }

    private static List<String> sources(Field f) {
        List<String> urls = new ArrayList<>();
        for (Field source : f.list(false)) {
            String url = source.optionalMatching(URL, "an http(s) URL");
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    /** The model has no field for sources, and they must survive into decisions: they close the remarks. */
    private static String withSources(String remarks, List<String> sources) {
        if (sources.isEmpty()) {
            return remarks;
        }
        String list = "Sources: " + String.join("; ", sources);
        return remarks.isEmpty() ? list : remarks + "\n" + list;
    }
}
