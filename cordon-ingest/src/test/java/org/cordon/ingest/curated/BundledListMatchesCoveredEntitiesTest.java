package org.cordon.ingest.curated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.SharedData;
import org.cordon.lists.BundledLists;
import org.cordon.model.Confidence;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-checks the bundled list against the shared file of confirmed covered entities it was written from: every
 * organisation there is in the list under all its names, with every program and date the facts give, the same
 * confidence and parent. The list may carry designations the facts file does not have yet (the 2024 Kaspersky
 * Entity List listing, say); the facts file's one malformed program code is read under the code the list uses.
 * Skips when the shared facts are absent.
 */
class BundledListMatchesCoveredEntitiesTest {

    private record Program(String program, Optional<String> listedOn, Optional<String> liftedOn) {}

    @Test
    void everyCoveredOrganisationIsInTheBundledListAsTheFactsDescribeIt(@TempDir Path dir)
            throws IOException, ImportException {
        JsonNode facts = new ObjectMapper().readTree(SharedData.requireDomain("covered-entities.json").toFile());
        List<Party> parties = new CuratedListImporter().read(BundledLists.copyCoveredTelecomTo(dir),
                ImportOptions.strict()).parties();
        Set<String> organisationNames = new HashSet<>();
        facts.forEach(o -> organisationNames.add(o.get("name").asText()));

        assertThat(facts.size()).isGreaterThanOrEqualTo(36);
        for (JsonNode organisation : facts) {
            String name = organisation.get("name").asText();
            Party party = partyNamed(parties, name);

            assertThat(party.names()).extracting(Name::value).as(name + ": names").containsAll(namesOf(organisation));
            assertThat(party.confidence()).as(name + ": confidence")
                    .isEqualTo(Confidence.valueOf(organisation.get("confidence").asText().toUpperCase()));
            assertThat(party.nationalities()).as(name + ": country")
                    .containsExactly(Country.of(organisation.get("country").asText()));
            assertThat(programsOf(party)).as(name + ": programs and dates")
                    .containsAll(programsOf(organisation));
            for (JsonNode program : organisation.get("programs")) {
                if (program.hasNonNull("confidence")) {
                    Designation d = designation(party, code(program.get("program").asText()));
                    Confidence stated = Confidence.valueOf(program.get("confidence").asText().toUpperCase());
                    // The list may be surer than the facts only where it names the official text it read.
                    if (d.confidence() != stated) {
                        assertThat(d.confidence().ordinal()).as(name + ": confidence of " + d.program())
                                .isLessThan(stated.ordinal());
                        assertThat(d.sourceRecord()).as(name + ": the text that confirms " + d.program()).isNotBlank();
                    }
                }
            }
            if (organisation.hasNonNull("parent")) {
                assertParent(party, parent(organisation), parties, organisationNames);
            }
        }
    }

    /** A parent on the list is a resolved relationship; any other is named in a relationship or the remarks. */
    private static void assertParent(Party party, String parent, List<Party> parties, Set<String> organisationNames) {
        if (organisationNames.contains(parent)) {
            assertThat(party.relationships()).extracting(Relationship::targetId)
                    .as(party.sourceId() + ": relationship to " + parent).contains(partyNamed(parties, parent).id());
        } else {
            boolean named = party.relationships().stream().anyMatch(r -> r.targetName().equals(parent))
                    || party.remarks().contains(parent);
            assertThat(named).as(party.sourceId() + ": names its parent " + parent).isTrue();
        }
    }

    /** The parent's name without the facts file's explanation in brackets ("ZTE Corporation (affiliate)"). */
    private static String parent(JsonNode organisation) {
        return organisation.get("parent").asText().replaceAll("\\s*\\(.*\\)$", "").strip();
    }

    private static List<String> namesOf(JsonNode organisation) {
        List<String> names = new ArrayList<>();
        names.add(organisation.get("name").asText());
        organisation.get("aliases").forEach(a -> names.add(a.asText()));
        if (organisation.hasNonNull("chinese_name")) {
            names.add(organisation.get("chinese_name").asText());
        }
        return names;
    }

    private static List<Program> programsOf(JsonNode organisation) {
        List<Program> programs = new ArrayList<>();
        for (JsonNode p : organisation.get("programs")) {
            programs.add(new Program(code(p.get("program").asText()), text(p.get("listed_on")), text(p.get("lifted_on"))));
        }
        return programs;
    }

    private static List<Program> programsOf(Party party) {
        return party.designations().stream().map(d -> new Program(d.program(),
                d.listedOn().map(Object::toString), d.liftedOn().map(Object::toString))).toList();
    }

    /** The facts file writes the Kaspersky statute with its FAR clause glued on; the list's code is the statute's. */
    private static String code(String program) {
        return program.equals("NDAA_FY2018_S1634_FAR_52.204-23") ? "NDAA_FY2018_S1634" : program;
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static Party partyNamed(List<Party> parties, String name) {
        List<Party> found = parties.stream()
                .filter(p -> p.names().stream().anyMatch(n -> n.value().equals(name))).toList();
        assertThat(found).as("entries named " + name).hasSize(1);
        return found.get(0);
    }

    private static Designation designation(Party party, String program) {
        return party.designations().stream().filter(d -> d.program().equals(program)).findFirst().orElseThrow();
    }
}
