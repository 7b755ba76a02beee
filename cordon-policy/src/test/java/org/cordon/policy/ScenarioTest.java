package org.cordon.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cordon.policy.decision.Decision;
import org.cordon.policy.decision.DecisionJson;
import org.cordon.policy.decision.ProgramResult;
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
        String shown = DecisionJson.write(d);

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
        }
        if (expect.has("notInForce")) {
            String id = expect.get("notInForce").asText();
            assertThat(d.programs()).extracting(ProgramResult::id).doesNotContain(id);
            assertThat(d.notes()).as(shown).anyMatch(n -> n.startsWith(id + " ") && n.contains("not in force"));
        }
        if (expect.has("note")) {
            assertThat(d.notes()).as(shown).anyMatch(n -> n.contains(expect.get("note").asText()));
        }
        if (expect.has("findingPath")) {
            String relation = expect.get("findingPath").asText();
            assertThat(d.findings()).as(shown).anyMatch(f -> !f.designations().isEmpty()
                    && f.path().stream().anyMatch(s -> s.relation().equals(relation)));
        }
        assertThat(d.explanation()).startsWith(d.outcome().name());
    }

    @Test
    void thereAreEnoughScenariosForEveryProgram() throws Exception {
        List<JsonNode> docs = scenarios().map(p -> {
            try {
                return JSON.readTree(p.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        for (var p : BundledDecisions.decisions().engine().catalog().all()) {
            long n = docs.stream().filter(d -> p.id().equals(d.path("expect").path("program").asText())
                    || p.id().equals(d.path("expect").path("notInForce").asText())).count();
            assertThat(n).as("scenarios for " + p.id()).isGreaterThanOrEqualTo(3);
        }
    }
}
