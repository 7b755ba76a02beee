package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.CutFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsExportCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void exportsAVersionAsFtmLinesThatImportBack() throws Exception {
        CliRun out = CliRun.run(home, "lists", "export", "bundled", "--format", "ftm");
        assertThat(out.exitCode()).isEqualTo(0);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> entities = out.out().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
        assertThat(entities).isNotEmpty().allSatisfy(e -> assertThat(e.has("id") && e.has("schema")).isTrue());
        assertThat(entities).anySatisfy(e -> assertThat(e.path("properties").path("name").toString())
                .contains("Huawei Technologies Co., Ltd."));
        assertThat(entities).anySatisfy(e -> assertThat(e.path("schema").asText()).isEqualTo("Sanction"));

        Path file = work.resolve("covered.ftm.json");
        CliRun toFile = CliRun.run(home, "lists", "export", "bundled@1", "--format", "ftm", "-o", file.toString());
        assertThat(toFile.exitCode()).isEqualTo(0);
        assertThat(toFile.err()).startsWith("exported cordon-covered-telecom@1: ");
        int entries = Integer.parseInt(toFile.err().replaceAll("(?s)^exported \\S+: (\\d+) entries.*", "$1"));

        CliRun back = CliRun.run(home, "lists", "import", "ftm", file.toString(), "--id", "covered-copy");
        assertThat(back.exitCode()).as(back.err()).isEqualTo(0);
        assertThat(back.out()).contains("imported covered-copy@1: " + entries + " entries");
    }

    @Test
    void refusesAnUnknownFormatAndAnUnknownList() {
        assertThat(CliRun.run(home, "lists", "export", "bundled", "--format", "csv").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(home, "lists", "export", "no-such-list", "--format", "ftm").exitCode()).isEqualTo(1);
    }

    @Test
    void importsTheNewFormatsByName() throws Exception {
        String[][] cases = {{"eu-fsf", "/fixtures/eu/eu-fsf.xml", "eu-fsf@1: 4 entries"},
            {"uk-sanctions", "/fixtures/uk/UK_Sanctions_List.xml", "uk-sanctions@1: 3 entries"},
            {"ofac-sls", "/fixtures/ofac-sls/SDN_ADVANCED.XML", "ofac-sdn@1: 4 entries"},
            {"ftm", "/fixtures/ftm/entities.ftm.json", "ftm@1: 6 entries"}};
        for (String[] c : cases) {
            Path file = work.resolve(Path.of(c[1]).getFileName().toString());
            Files.write(file, CutFiles.resource(c[1]));
            CliRun run = CliRun.run(home, "lists", "import", c[0], file.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
            assertThat(run.out()).contains("imported " + c[2]);
        }
        assertThat(CliRun.run(home, "lists").out()).containsPattern("eu-fsf\\s+v1\\s+4\\s+2026-02-27");
    }
}
