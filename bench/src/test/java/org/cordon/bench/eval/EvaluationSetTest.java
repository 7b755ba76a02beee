package org.cordon.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class EvaluationSetTest {

    private static final List<Party> PARTIES = List.of(
            party("ofac-sdn", "1", PartyType.PERSON, "GOMEZ BUSTAMANTE, Luis Hernando", aka("GOMEZ, Luis")),
            party("ofac-sdn", "2", PartyType.ORGANIZATION, "BANCO NACIONAL DE CUBA", aka("NATIONAL BANK OF CUBA"),
                    Name.of("CUBAN STATE BANK", NameKind.WEAK_AKA)),
            party("csl", "2", PartyType.ORGANIZATION, "BANCO NACIONAL DE CUBA"),
            party("ofac-sdn", "3", PartyType.ORGANIZATION, "Northern Star Shipping Co., Ltd."),
            party("ofac-sdn", "4", PartyType.ORGANIZATION, "AL QAIDA NETWORK", aka("AL-QA'IDA")),
            party("ofac-sdn", "5", PartyType.ORGANIZATION, "ABC"),
            party("ofac-sdn", "6", PartyType.VESSEL, "GOLDEN HORIZON"),
            party("ofac-sdn", "7", PartyType.ORGANIZATION, "OOO LENDING TECHNOLOGIES"),
            party("ofac-sdn", "8", PartyType.PERSON, "PETROV, Ivan Sergeyevich",
                    new Name("Петров Иван Сергеевич", NameKind.ORIGINAL_SCRIPT, "", "ru")),
            party("un-sc", "QDi.1", PartyType.PERSON, "ABU MUHAMMAD AL-JAWLANI",
                    new Name("أبو محمد الجولاني", NameKind.ORIGINAL_SCRIPT, "", "")),
            party("un-sc", "QDi.2", PartyType.PERSON, "Muhammad Jibriel Abdul Rahman"),
            party("bis-dpl", "a1", PartyType.UNKNOWN, "JOSÉ MÜLLER"),
            party("bis-dpl", "a2", PartyType.UNKNOWN, "SKY BLUE BIRD FZC"),
            party("ofac-sdn", "17018", PartyType.ORGANIZATION, "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA",
                    aka("SBERBANK OF RUSSIA")),
            party("cordon-covered-telecom", "hikvision", PartyType.ORGANIZATION,
                    "Hangzhou Hikvision Digital Technology Co., Ltd.", aka("Hikvision"),
                    new Name("杭州海康威视数字技术股份有限公司", NameKind.ORIGINAL_SCRIPT, "", "zh-Hans"),
                    new Name("杭州海康威視數字技術股份有限公司", NameKind.ORIGINAL_SCRIPT, "", "zh-Hant")));

    private static final EvaluationSet.Settings SETTINGS = new EvaluationSet.Settings(7, 100, 30, 30, 5);
    private static final EvaluationSet SET = EvaluationSet.generate(PARTIES, SETTINGS);

    @Test
    void makesEveryKindOfQuery() {
        assertThat(SET.countsByKind().keySet()).containsExactlyElementsOf(EnumSet.allOf(QueryKind.class));
        assertThat(SET.countsByKind().get(QueryKind.NEGATIVE_PERSON)).isEqualTo(30);
        assertThat(SET.countsByKind().get(QueryKind.NEGATIVE_ORG)).isEqualTo(30);
        assertThat(SET.countsByKind().get(QueryKind.NEGATIVE_HARD)).isEqualTo(5);
    }

    @Test
    void theSameSeedMakesTheSameSetAndAnotherSeedAnotherOne() {
        assertThat(EvaluationSet.generate(PARTIES, SETTINGS).queries()).isEqualTo(SET.queries());
        // The input order does not matter either.
        List<Party> reversed = new ArrayList<>(PARTIES);
        Collections.reverse(reversed);
        assertThat(EvaluationSet.generate(reversed, SETTINGS).queries()).isEqualTo(SET.queries());
        EvaluationSet other = EvaluationSet.generate(PARTIES, new EvaluationSet.Settings(8, 100, 30, 30, 5));
        assertThat(other.queries()).isNotEqualTo(SET.queries());
    }

    @Test
    void queryIdsAreUniqueAndNamedAfterTheirKind() {
        assertThat(SET.queries()).extracting(LabelledQuery::id).doesNotHaveDuplicates();
        assertThat(SET.queries()).allSatisfy(q -> assertThat(q.id()).startsWith(q.kind().label() + "-"));
    }

    @Test
    void aNameOnSeveralPartiesExpectsThemAll() {
        LabelledQuery exact = only(QueryKind.EXACT, "BANCO NACIONAL DE CUBA");
        assertThat(exact.expectedIds()).containsExactly("csl/2", "ofac-sdn/2");
        assertThat(SET.ofKind(QueryKind.CASE)).filteredOn(q -> q.source().equals("BANCO NACIONAL DE CUBA"))
                .allSatisfy(q -> assertThat(q.expectedIds()).containsExactly("csl/2", "ofac-sdn/2"));
    }

    @Test
    void weakAliasesAndNamesUnderFourLettersAreNotSampled() {
        List<String> sources = SET.queries().stream().filter(q -> !q.kind().isNegative())
                .map(LabelledQuery::source).toList();
        assertThat(sources).doesNotContain("ABC", "CUBAN STATE BANK");
        assertThat(SET.queries()).extracting(LabelledQuery::query).doesNotContain("ABC", "CUBAN STATE BANK");
    }

    @Test
    void eachVariantChangesTheNameTheWayItsKindSays() {
        for (LabelledQuery q : SET.queries()) {
            String source = q.source();
            String query = q.query();
            switch (q.kind()) {
                case EXACT -> assertThat(query).isEqualTo(source);
                case CASE -> assertThat(query).isNotEqualTo(source).isEqualToIgnoringCase(source);
                case DIACRITICS -> {
                    assertThat(query).isNotEqualTo(source);
                    assertThat(withoutAccents(query)).isEqualTo(withoutAccents(source));
                }
                case TYPO -> assertThat(NameKeys.editDistance(query, source)).isEqualTo(1);
                case SPACING -> {
                    assertThat(query).isNotEqualTo(source);
                    assertThat(query.replace(" ", "")).isEqualTo(source.replace(" ", ""));
                }
                case PUNCTUATION -> assertThat(lettersAndDigits(query)).isEqualTo(lettersAndDigits(source));
                case REORDER -> assertThat(NameKeys.identity(query)).isEqualTo(NameKeys.identity(source));
                case DROPPED_MIDDLE -> assertThat(NameKeys.words(query)).hasSize(NameKeys.words(source).size() - 1)
                        .isSubsetOf(NameKeys.words(source));
                case ALIAS -> assertThat(q.expectedIds()).isNotEmpty();
                default -> { }
            }
            assertThat(q.query()).isEqualTo(q.query().strip()).isNotEmpty();
        }
    }

    @Test
    void personsAreReorderedGivenNamesFirstAndLoseAMiddleName() {
        assertThat(queries(QueryKind.REORDER)).contains("Luis Hernando GOMEZ BUSTAMANTE");
        assertThat(SET.ofKind(QueryKind.DROPPED_MIDDLE)).filteredOn(q -> q.source().startsWith("GOMEZ BUSTAMANTE"))
                .extracting(LabelledQuery::query).containsAnyOf("GOMEZ BUSTAMANTE, Luis", "BUSTAMANTE, Luis Hernando");
    }

    @Test
    void organisationsGetAnotherLegalFormOrNone() {
        List<String> forms = queries(QueryKind.LEGAL_FORM);
        assertThat(forms).containsAnyOf("Northern Star Shipping", "Northern Star Shipping Company Limited",
                "Northern Star Shipping Co. Ltd", "Northern Star Shipping Limited", "Northern Star Shipping Ltd.");
        assertThat(forms).containsAnyOf("BANCO NACIONAL DE CUBA INC.", "NATIONAL BANK OF CUBA INC.");
        assertThat(forms).containsAnyOf("LENDING TECHNOLOGIES", "LLC LENDING TECHNOLOGIES",
                "LIMITED LIABILITY COMPANY LENDING TECHNOLOGIES", "L.L.C. LENDING TECHNOLOGIES",
                "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU LENDING TECHNOLOGIES");
        // Persons and vessels keep theirs: they have none.
        assertThat(SET.ofKind(QueryKind.LEGAL_FORM)).extracting(LabelledQuery::type)
                .containsOnly(PartyType.ORGANIZATION, PartyType.UNKNOWN);
    }

    @Test
    void aliasesExpectTheirParty() {
        assertThat(SET.ofKind(QueryKind.ALIAS)).anySatisfy(q -> {
            assertThat(q.query()).isEqualTo("SBERBANK OF RUSSIA");
            assertThat(q.expectedIds()).containsExactly("ofac-sdn/17018");
        });
    }

    @Test
    void namesInOtherScriptsAreQueriedAsWrittenAndInShortForm() {
        assertThat(only(QueryKind.TRANSLITERATION, "أبو محمد الجولاني").expectedIds()).containsExactly("un-sc/QDi.1");
        assertThat(only(QueryKind.TRANSLITERATION, "Петров Иван Сергеевич").expectedIds())
                .containsExactly("ofac-sdn/8");
        assertThat(queries(QueryKind.TRANSLITERATION)).contains("杭州海康威视数字技术股份有限公司",
                "杭州海康威視數字技術股份有限公司", "海康威视", "海康威視", "海康威视数字技术");
        assertThat(only(QueryKind.TRANSLITERATION, "海康威视").expectedIds())
                .containsExactly("cordon-covered-telecom/hikvision");
        assertThat(only(QueryKind.TRANSLITERATION, "海康威视").source())
                .isEqualTo("Hangzhou Hikvision Digital Technology Co., Ltd.");
    }

    @Test
    void handWrittenCrossScriptQueriesNameLoadedPartiesOrAreNoted() {
        assertThat(only(QueryKind.TRANSLITERATION, "Сбербанк России").expectedIds())
                .containsExactly("ofac-sdn/17018");
        assertThat(SET.notes()).anyMatch(n -> n.contains("ofac-sdn/17013") && n.contains("not loaded"));
    }

    @Test
    void negativesAreNoListedNameNorOneEditFromOne() {
        Set<String> identities = PARTIES.stream().flatMap(p -> p.names().stream())
                .map(n -> NameKeys.identity(n.value())).collect(Collectors.toSet());
        List<String> listedLetters = PARTIES.stream().flatMap(p -> p.names().stream())
                .map(n -> NameKeys.compact(n.value())).toList();
        List<LabelledQuery> negatives = SET.queries().stream().filter(q -> q.kind().isNegative()).toList();
        assertThat(negatives).hasSize(65).allSatisfy(q -> {
            assertThat(q.expectedIds()).isEmpty();
            assertThat(identities).doesNotContain(NameKeys.identity(q.query()));
            assertThat(listedLetters).allSatisfy(l ->
                    assertThat(NameKeys.editDistance(l, NameKeys.compact(q.query()))).isGreaterThan(1));
        });
        assertThat(negatives).extracting(q -> NameKeys.identity(q.query())).doesNotHaveDuplicates();
    }

    @Test
    void hardNegativesReplaceOneWordOfAListedName() {
        assertThat(SET.ofKind(QueryKind.NEGATIVE_HARD)).allSatisfy(q -> {
            List<String> own = NameKeys.words(q.query());
            List<String> listed = NameKeys.words(q.source());
            assertThat(own).hasSameSizeAs(listed);
            long changed = IntStream.range(0, own.size())
                    .filter(i -> !own.get(i).equals(listed.get(i))).count();
            assertThat(changed).isEqualTo(1);
        });
    }

    @Test
    void writesOneCsvRowPerQuery() throws IOException {
        StringWriter out = new StringWriter();
        EvaluationSetCsv.write(SET, out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSameSizeAs(SET.queries());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(EvaluationSetCsv.HEADER);
        CSVRecord exact = rows.stream().filter(r -> r.get("query").equals("BANCO NACIONAL DE CUBA")
                && r.get("kind").equals("exact")).findFirst().orElseThrow();
        assertThat(exact.get("expected_ids")).isEqualTo("csl/2;ofac-sdn/2");
        assertThat(exact.get("type")).isEqualTo("organization");
    }

    private static LabelledQuery only(QueryKind kind, String query) {
        List<LabelledQuery> found = SET.ofKind(kind).stream().filter(q -> q.query().equals(query)).toList();
        assertThat(found).as("%s query '%s'", kind.label(), query).hasSize(1);
        return found.get(0);
    }

    private static List<String> queries(QueryKind kind) {
        return SET.ofKind(kind).stream().map(LabelledQuery::query).toList();
    }

    private static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String lettersAndDigits(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private static Name aka(String value) {
        return Name.of(value, NameKind.AKA);
    }

    private static Party party(String list, String id, PartyType type, String primary, Name... others) {
        Party.Builder b = Party.builder(list, id, type).name(Name.primary(primary));
        for (Name n : others) {
            b.name(n);
        }
        return b.build();
    }
}
