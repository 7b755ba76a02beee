package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cordon.lists.BundledLists;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/**
 * A labelled evaluation set for name screening, generated from the listed parties: listed names and variants of
 * them, each with the parties it should find, and names on no list, which should find nothing.
 *
 * <p>Variants are made from a sample of listed names (see {@link NameSample}): the name as written, in another
 * case, with accents added or removed, with one typing error, reordered, without a middle name, with another
 * legal form, spaced or punctuated differently, and another alias of the same party. Names in other scripts are
 * queried as written (the UN list's original-script names, the bundled list's Chinese names and their short
 * forms) together with hand-written cross-script names of listed parties. Negatives are common person and
 * organisation names put together at random, and listed names with their most distinctive word replaced.
 *
 * <p>The expected answer of a query is every party bearing the name it was made from, or the query itself, up to
 * case, accents, punctuation, spacing and word order: the same name is often on several lists (SDN and CSL) or on
 * several entries. Generation is deterministic: the same parties and settings give the same set.
 */
public final class EvaluationSet {

    /**
     * How big a set to make.
     *
     * @param seed                  fixes every random choice
     * @param sampleSize            listed names to make variants of
     * @param negativePersons       person names on no list
     * @param negativeOrganisations organisation names on no list
     * @param hardNegatives         listed names with one word replaced
     */
    public record Settings(long seed, int sampleSize, int negativePersons, int negativeOrganisations,
                           int hardNegatives) {

        /** The settings of the reported figures: 2,000 listed names, 2,000 plain and 500 hard negatives. */
        public static Settings defaults() {
            return new Settings(20260227L, 2000, 1000, 1000, 500);
        }
    }

    /** The kinds made by changing a sampled name, with how each is made. */
    private static final Map<QueryKind, Variation> VARIATIONS = new EnumMap<>(QueryKind.class);

    /** One way of changing a name; {@code person} and {@code organisation} say how the name is to be treated. */
    @FunctionalInterface
    private interface Variation {
        Optional<String> apply(String name, boolean person, boolean organisation, Random rnd);
    }

    static {
        VARIATIONS.put(QueryKind.EXACT, (n, p, o, r) -> Optional.of(n));
        VARIATIONS.put(QueryKind.CASE, (n, p, o, r) -> SpellingVariants.changeCase(n, r));
        VARIATIONS.put(QueryKind.DIACRITICS, (n, p, o, r) -> SpellingVariants.changeDiacritics(n, r));
        VARIATIONS.put(QueryKind.TYPO, (n, p, o, r) -> SpellingVariants.typo(n, r));
        VARIATIONS.put(QueryKind.REORDER, (n, p, o, r) -> StructureVariants.reorder(n, p, r));
        VARIATIONS.put(QueryKind.DROPPED_MIDDLE,
                (n, p, o, r) -> p ? StructureVariants.dropMiddle(n, r) : Optional.empty());
        VARIATIONS.put(QueryKind.LEGAL_FORM, (n, p, o, r) -> o ? StructureVariants.legalForm(n, r) : Optional.empty());
        VARIATIONS.put(QueryKind.SPACING, (n, p, o, r) -> SpellingVariants.spacing(n, r));
        VARIATIONS.put(QueryKind.PUNCTUATION, (n, p, o, r) -> SpellingVariants.punctuation(n, r));
    }

    private final List<LabelledQuery> queries;
    private final List<String> notes;

    private EvaluationSet(List<LabelledQuery> queries, List<String> notes) {
        this.queries = List.copyOf(queries);
        this.notes = List.copyOf(notes);
    }

    /** Makes the set from the parties of every loaded list. */
    public static EvaluationSet generate(Collection<Party> parties, Settings settings) {
        List<Party> sorted = new ArrayList<>(parties);
        sorted.sort(Comparator.comparing(Party::id));
        ListedNames listed = new ListedNames(sorted);
        QueryCollector collector = new QueryCollector();
        List<String> notes = new ArrayList<>();
        List<NameSample.Drawn> sample = NameSample.draw(sorted, settings.sampleSize(), settings.seed());
        for (NameSample.Drawn drawn : sample) {
            addVariants(drawn, listed, collector, settings.seed());
        }
        addOtherScripts(sorted, listed, collector, notes);
        addNegatives(sample, listed, collector, settings);
        if (sample.size() < settings.sampleSize()) {
            notes.add("only " + sample.size() + " listed names could be sampled of the " + settings.sampleSize()
                    + " asked for");
        }
        return new EvaluationSet(collector.queries(), notes);
    }

    /** Every query, kind by kind. */
    public List<LabelledQuery> queries() {
        return queries;
    }

    /** What the generator could not do as asked (a cross-script row naming a party not loaded...). */
    public List<String> notes() {
        return notes;
    }

    /** How many queries of each kind, in the order of {@link QueryKind}; kinds with none are left out. */
    public Map<QueryKind, Integer> countsByKind() {
        Map<QueryKind, Integer> counts = new EnumMap<>(QueryKind.class);
        for (LabelledQuery q : queries) {
            counts.merge(q.kind(), 1, Integer::sum);
        }
        return counts;
    }

    private static void addVariants(NameSample.Drawn drawn, ListedNames listed, QueryCollector collector,
                                    long seed) {
        Party party = drawn.party();
        String name = drawn.name().value();
        boolean person = PartyShape.isPerson(party.type(), name);
        boolean organisation = PartyShape.isOrganisation(party.type(), name);
        for (Map.Entry<QueryKind, Variation> v : VARIATIONS.entrySet()) {
            Random rnd = random(seed, name, v.getKey());
            v.getValue().apply(name, person, organisation, rnd)
                    .filter(q -> v.getKey() == QueryKind.EXACT || !q.equals(name))
                    .ifPresent(q -> collector.add(v.getKey(), q, party.type(), expected(listed, party, name, q), name));
        }
        List<String> aliases = party.names().stream()
                .filter(n -> n.kind() == NameKind.AKA || n.kind() == NameKind.FKA || n.kind() == NameKind.NKA)
                .filter(NameSample::isEligible)
                .map(Name::value)
                .filter(a -> !NameKeys.identity(a).equals(NameKeys.identity(name)))
                .toList();
        if (!aliases.isEmpty()) {
            String alias = aliases.get(random(seed, name, QueryKind.ALIAS).nextInt(aliases.size()));
            collector.add(QueryKind.ALIAS, alias, party.type(), expected(listed, party, name, alias), name);
        }
    }

    /**
     * Names in other scripts: each non-Latin name on the lists as written (UN original-script names, the bundled
     * list's Chinese names), the short forms of the bundled Chinese names, and the hand-written cross-script
     * queries. They expect their party and every party bearing its primary name (the same company is on SDN and
     * CSL under one name).
     */
    private static void addOtherScripts(List<Party> parties, ListedNames listed, QueryCollector collector,
                                        List<String> notes) {
        for (Party party : parties) {
            String primary = party.primaryName().value();
            for (Name name : party.names()) {
                if (!name.isNonLatin() || name.kind() == NameKind.WEAK_AKA) {
                    continue;
                }
                List<String> queries = new ArrayList<>(List.of(name.value()));
                if (party.listId().equals(BundledLists.COVERED_TELECOM_LIST_ID) && NameKeys.hasHan(name.value())) {
                    queries.addAll(ChineseShortForms.of(name.value()));
                }
                for (String q : queries) {
                    collector.add(QueryKind.TRANSLITERATION, q, party.type(), expected(listed, party, primary, q),
                            primary);
                }
            }
        }
        Map<String, Party> byId = new HashMap<>();
        parties.forEach(p -> byId.put(p.id(), p));
        for (CrossScriptQueries.Row row : CrossScriptQueries.bundled()) {
            Party party = byId.get(row.partyId());
            if (party == null) {
                notes.add("cross-script query '" + row.query() + "' names " + row.partyId() + ", which is not loaded");
                continue;
            }
            String primary = party.primaryName().value();
            collector.add(QueryKind.TRANSLITERATION, row.query(), party.type(),
                    expected(listed, party, primary, row.query()), primary);
        }
    }

    private static void addNegatives(List<NameSample.Drawn> sample, ListedNames listed, QueryCollector collector,
                                     Settings settings) {
        NameTables tables = NameTables.bundled();
        NegativeNames negatives = new NegativeNames(tables, listed);
        long seed = settings.seed();
        // No two negatives the same name up to case and word order, across kinds too.
        Set<String> seen = new HashSet<>();
        for (String n : negatives.persons(settings.negativePersons(),
                new Random(seed + QueryKind.NEGATIVE_PERSON.ordinal()))) {
            if (seen.add(NameKeys.identity(n))) {
                collector.add(QueryKind.NEGATIVE_PERSON, n, PartyType.PERSON, Set.of(), "");
            }
        }
        for (String n : negatives.organisations(settings.negativeOrganisations(),
                new Random(seed + QueryKind.NEGATIVE_ORG.ordinal()))) {
            if (seen.add(NameKeys.identity(n))) {
                collector.add(QueryKind.NEGATIVE_ORG, n, PartyType.ORGANIZATION, Set.of(), "");
            }
        }
        HardNegatives hard = new HardNegatives(tables, listed);
        List<NameSample.Drawn> sources = new ArrayList<>(sample);
        Collections.shuffle(sources, new Random(seed + QueryKind.NEGATIVE_HARD.ordinal()));
        for (NameSample.Drawn d : sources) {
            if (collector.count(QueryKind.NEGATIVE_HARD) >= settings.hardNegatives()) {
                break;
            }
            String name = d.name().value();
            boolean person = PartyShape.isPerson(d.party().type(), name);
            hard.from(name, person, random(seed, name, QueryKind.NEGATIVE_HARD))
                    .filter(q -> seen.add(NameKeys.identity(q)))
                    .ifPresent(q -> collector.add(QueryKind.NEGATIVE_HARD, q, d.party().type(), Set.of(), name));
        }
    }

    /** The party, every party bearing the name the query was made from, and every party bearing the query. */
    private static Set<String> expected(ListedNames listed, Party party, String source, String query) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(party.id());
        ids.addAll(listed.idsNamed(source));
        ids.addAll(listed.idsNamed(query));
        return ids;
    }

    /** A generator of its own for each name and kind, so that changing one kind leaves the others' queries alone. */
    private static Random random(long seed, String name, QueryKind kind) {
        long h = seed ^ 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        return new Random(h * 31 + kind.ordinal());
    }

    /** For tests: the queries of one kind. */
    List<LabelledQuery> ofKind(QueryKind kind) {
        return queries.stream().filter(q -> q.kind() == kind).toList();
    }
}
