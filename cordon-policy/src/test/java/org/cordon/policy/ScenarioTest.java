package org.cordon.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.DecisionJson;
import org.cordon.policy.decision.ProgramResult;
import org.cordon.policy.program.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios under {@code src/test/resources/scenarios}: each file holds a transaction, the outcome the rules
 * give it, the program, rule and citation that decide, and why (drawn from the rules and from the news).
 */
class ScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Path file) throws IOException {
        JsonNode doc = JSON.readTree(file.toFile());
        JsonNode expect = doc.get("expect");
        assertThat(doc.path("why").asText()).as("every scenario says why").isNotBlank();
        Decision d = BundledDecisions.decisions().check(doc.get("transaction").toString());
        String shown = file.getFileName() + ": " + DecisionJson.write(d);

        assertThat(d.outcome().name()).as(shown).isEqualTo(expect.get("outcome").asText());
        if (expect.has("program")) {
            ProgramResult r = d.programs().stream().filter(p -> p.id().equals(expect.get("program").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("program " + expect.get("program") + " did not apply: " + shown));
            if (expect.has("programOutcome")) {
                assertThat(r.outcome().name()).as(shown).isEqualTo(expect.get("programOutcome").asText());
            }
            if (expect.has("rule")) {
                assertThat(r.rule()).as(shown).isEqualTo(expect.get("rule").asText());
            }
            if (expect.has("citation")) {
                assertThat(r.citation()).as(shown).contains(expect.get("citation").asText());
            }
            assertThat(r.reason()).isNotBlank();
            if (expect.has("reasonContains")) {
                assertThat(r.reason()).as(shown).contains(expect.get("reasonContains").asText());
            }
        } else {
            assertThat(expect.has("reasonContains")).as("reasonContains needs a program").isFalse();
        }
        if (expect.has("noteContains")) {
            String text = expect.get("noteContains").asText();
            assertThat(d.notes()).as(shown).anyMatch(n -> n.contains(text));
        }
        if (expect.has("notInForce")) {
            String id = expect.get("notInForce").asText();
            assertThat(d.programs()).extracting(ProgramResult::id).doesNotContain(id);
            assertThat(d.notes()).as(shown).anyMatch(n -> n.startsWith(id + " ") && n.contains("not in force"));
        }
        if (expect.has("findingPath")) {
            String relation = expect.get("findingPath").asText();
            assertThat(d.findings()).as(shown).anyMatch(f -> !f.designations().isEmpty()
                    && f.path().stream().anyMatch(s -> s.relation().equals(relation)));
        }
        assertThat(d.explanation()).startsWith(d.outcome().name());
    }

    /**
     * Programs whose data Cordon cannot bundle: FASCSA exclusion orders are published in SAM, and no published order
     * is bundled, so only the case where no order applies can be written.
     */
    private static final Set<String> NO_BUNDLED_DATA = Set.of("fascsa-exclusion-orders");

    /** The keys an expectation may hold; a misspelt key would otherwise be an assertion silently skipped. */
    private static final Set<String> EXPECT_KEYS = Set.of("outcome", "program", "programOutcome",
            "rule", "citation", "notInForce", "findingPath", "noteContains", "reasonContains");

    private static Stream<Map.Entry<Path, JsonNode>> named() throws IOException, URISyntaxException {
        return scenarios().map(p -> {
            try {
                return Map.entry(p.getFileName(), JSON.readTree(p.toFile()));
            } catch (IOException e) {
                throw new IllegalStateException(p + ": " + e.getMessage(), e);
            }
        });
    }

    @Test
    void thereAreEnoughScenariosForEveryProgram() throws Exception {
        List<JsonNode> docs = named().map(Map.Entry::getValue).toList();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        for (var p : BundledDecisions.decisions().engine().catalog().all()) {
            long n = docs.stream().filter(d -> p.id().equals(d.path("expect").path("program").asText())
                    || p.id().equals(d.path("expect").path("notInForce").asText())).count();
            assertThat(n).as("scenarios for " + p.id()).isGreaterThanOrEqualTo(NO_BUNDLED_DATA.contains(p.id()) ? 1 : 3);
        }
    }

    /** Every scenario names the rule that decides it (or the program not in force), and the day it takes place. */
    @Test
    void everyScenarioNamesItsRuleAndDate() throws Exception {
        List<String> problems = new ArrayList<>();
        named().forEach(e -> {
            JsonNode expect = e.getValue().path("expect");
            String name = e.getKey().toString();
            if (!expect.hasNonNull("rule") && !expect.hasNonNull("notInForce")) {
                problems.add(name + ": expect has neither rule nor notInForce");
            }
            if (!expect.hasNonNull("outcome")) {
                problems.add(name + ": expect has no outcome");
            }
            if (expect.has("programOutcome") && !expect.has("program")) {
                problems.add(name + ": programOutcome without program");
            }
            expect.fieldNames().forEachRemaining(k -> {
                if (!EXPECT_KEYS.contains(k)) {
                    problems.add(name + ": unknown expect key " + k);
                }
            });
            if (!e.getValue().path("transaction").path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                problems.add(name + ": transaction has no date");
            }
            if (e.getValue().path("title").asText().isBlank()) {
                problems.add(name + ": no title");
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Ordinary purchases (marked {@code "ordinary": true}) must stay ALLOW: a screen that sends more than one in ten
     * of them to review buries the reviewers and teaches them to wave cases through.
     */
    @Test
    void ordinaryPurchasesRarelyGoToReview() throws Exception {
        List<Map.Entry<Path, JsonNode>> ordinary = named().filter(e -> e.getValue().path("ordinary").asBoolean(false)).toList();
        assertThat(ordinary).as("ordinary scenarios").hasSizeGreaterThanOrEqualTo(25);
        List<String> reviewed = new ArrayList<>();
        for (var e : ordinary) {
            Decision d = BundledDecisions.decisions().check(e.getValue().get("transaction").toString());
            if (d.outcome() == Outcome.REVIEW) {
                reviewed.add(e.getKey() + ": " + d.explanation());
            }
        }
        double share = (double) reviewed.size() / ordinary.size();
        System.out.printf(java.util.Locale.ROOT, "ordinary scenarios: %d, REVIEW: %d (%.1f%%)%n", ordinary.size(),
                reviewed.size(), 100 * share);
        reviewed.forEach(r -> System.out.println("  " + r));
        assertThat(share).as("share of REVIEW among ordinary scenarios: " + reviewed).isLessThanOrEqualTo(0.10);
    }
}
