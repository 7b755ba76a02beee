package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsTheBundledHuaweiEntryFirstForItsChineseName() {
        CliRun run = CliRun.run(dir, "screen", "华为技术有限公司");
        assertThat(run.exitCode()).isEqualTo(1);
        String firstRow = run.out().lines().skip(1).findFirst().orElseThrow();
        assertThat(firstRow).contains("huawei-technologies").contains("Huawei Technologies Co., Ltd.");
        assertThat(run.out()).contains("transliterated").contains("NDAA_FY2019_S889_PART_A").contains("FCC_COVERED_LIST");
    }

    @Test
    void traditionalChineseAndShortFormsFindTheirEntries() {
        assertThat(firstSourceId("華為技術有限公司")).isEqualTo("huawei-technologies");
        assertThat(firstSourceId("中兴通讯")).startsWith("zte");
        assertThat(firstSourceId("Hikvision")).contains("hikvision");
    }

    @Test
    void aNameOnNoListExitsZero() {
        CliRun run = CliRun.run(dir, "screen", "Blue Harbor Software GmbH");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("no match");
    }

    @Test
    void jsonCarriesScoresExplanationsAndDesignations() throws Exception {
        CliRun run = CliRun.run(dir, "screen", "--format", "json", "ZTE Corporation");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        var first = json.get("matches").get(0);
        assertThat(first.get("sourceId").asText()).startsWith("zte");
        assertThat(first.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(first.get("explanation").get("tokens")).isNotEmpty();
        assertThat(first.get("party").get("designations")).isNotEmpty();
    }

    @Test
    void batchWritesOneRowPerMatchAndAnEmptyRowForNone() throws Exception {
        Path in = Files.writeString(dir.resolve("q.csv"), """
                id,name,type,country
                1,Huawei Technologies Co Ltd,organization,CN
                2,Blue Harbor Software GmbH,organization,
                3,,,
                4,"ZTE, Corp",,
                """);
        Path out = dir.resolve("r.csv");
        CliRun run = CliRun.run(dir, "screen", "--input", in.toString(), "--output", out.toString(), "--limit", "2");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).containsPattern("screened 4 names in [0-9.]+ s \\([0-9]+ names/s\\); index built in [0-9.]+ s");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,rank,score,list,source_id,matched_name,party_name");
        assertThat(lines).anyMatch(l -> l.startsWith("1,1,") && l.contains("cordon-covered-telecom,huawei-technologies"));
        assertThat(lines).contains("2,,,,,,", "3,,,,,,");
        assertThat(lines).anyMatch(l -> l.startsWith("4,1,"));
        assertThat(lines.stream().filter(l -> l.startsWith("1,"))).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void badInputGetsAClearErrorNamingTheFileAndLine() throws Exception {
        Path noName = Files.writeString(dir.resolve("bad.csv"), "id,nom\n1,Huawei\n");
        CliRun missing = CliRun.run(dir, "screen", "--input", noName.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("bad.csv:1: missing column 'name'");

        Path badType = Files.writeString(dir.resolve("type.csv"), "id,name,type\n1,Huawei,company\n");
        CliRun type = CliRun.run(dir, "screen", "--input", badType.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(type.err()).contains("type.csv:2: field 'type': 'company' is not one of");

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,name\n1,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun enc = CliRun.run(dir, "screen", "--input", latin1.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(enc.exitCode()).isEqualTo(1);
        assertThat(enc.err()).contains("latin1.csv").contains("not UTF-8");

        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "id,name\n1,A\n2,B,extra\n");
        CliRun rag = CliRun.run(dir, "screen", "--input", ragged.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(rag.err()).contains("ragged.csv:3: the row has 3 fields, the header 2");
    }

    @Test
    void hugeAndControlCharacterNamesAreScreenedNotCrashed() {
        CliRun huge = CliRun.run(dir, "screen", "Huawei ".repeat(2000));
        assertThat(huge.exitCode()).isIn(0, 1);
        CliRun control = CliRun.run(dir, "screen", "Hua\u200Bwei\u0007 Technologies");
        assertThat(control.exitCode()).isEqualTo(1);
        assertThat(control.out()).contains("huawei-technologies");
        assertThat(CliRun.run(dir, "screen", "").exitCode()).isEqualTo(0);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.run(dir, "screen").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(dir, "screen", "--list", "nonsense:x", "A").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(dir, "screen", "--threshold", "2", "A").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(dir, "screen", "--input", "x.csv").exitCode()).isEqualTo(2);
    }

    @Test
    void screensAgainstRealListFiles() {
        Path dpl = SharedData.require("lists/bis-dpl/2023-11/dpl.txt");
        CliRun run = CliRun.run(dir, "screen", "--list", "dpl:" + dpl, "--list", "bundled", "Frank Sun");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FUYI SUN");
    }

    @Test
    void comparesPairs() throws Exception {
        Path in = Files.writeString(dir.resolve("pairs.csv"), """
                id,name1,name2,type
                a,Huawei Technologies Co. Ltd,HUAWEI TECHNOLOGIES COMPANY LIMITED,organization
                b,华为,Huawei,
                c,Banco Nacional de Cuba,Blue Harbor Software,
                """);
        Path out = dir.resolve("scores.csv");
        CliRun run = CliRun.run(dir, "compare", "--input", in.toString(), "--output", out.toString(), "--explain");
        assertThat(run.exitCode()).isEqualTo(0);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,score,match,explanation");
        assertThat(lines.get(1)).startsWith("a,1.000,true,");
        assertThat(lines.get(2)).startsWith("b,").contains(",true,").contains("transliterated");
        assertThat(lines.get(3)).contains(",false,");
    }

    @Test
    void formulasInIdsComeBackAsTextInEveryCsvTheCommandsWrite() throws Exception {
        Path in = Files.writeString(dir.resolve("q.csv"), """
                id,name
                =cmd|' /C calc'!A1,Huawei Technologies Co Ltd
                "=HYPERLINK(""http://evil.example"",""x"")",Blue Harbor Software GmbH
                +1,Blue Harbor Software GmbH
                -2,Blue Harbor Software GmbH
                @SUM(A1),Blue Harbor Software GmbH
                "	x",Blue Harbor Software GmbH
                plain,Blue Harbor Software GmbH
                """);
        Path out = dir.resolve("r.csv");
        assertThat(CliRun.run(dir, "screen", "--input", in.toString(), "--output", out.toString(), "--limit", "1").exitCode())
                .isEqualTo(0);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).anyMatch(l -> l.startsWith("'=cmd|' /C calc'!A1,1,") && l.matches(".*,1,[01]\\.[0-9]{3},.*"));
        assertThat(lines).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,,,,", "'+1,,,,,,", "'-2,,,,,,",
                "'@SUM(A1),,,,,,", "'\tx,,,,,,", "plain,,,,,,");
        assertThat(lines).noneMatch(l -> l.startsWith("=") || l.startsWith("+") || l.startsWith("-") || l.startsWith("@")
                || l.startsWith("\t") || l.startsWith("\"="));

        Path pairs = Files.writeString(dir.resolve("pairs.csv"), """
                id,name1,name2
                =1+1,Huawei,Huawei Technologies
                -3,ZTE,ZTE Corporation
                """);
        Path scores = dir.resolve("scores.csv");
        assertThat(CliRun.run(dir, "compare", "--input", pairs.toString(), "--output", scores.toString()).exitCode()).isEqualTo(0);
        List<String> scored = Files.readAllLines(scores);
        assertThat(scored.get(1)).startsWith("'=1+1,").matches(".*,[01]\\.[0-9]{3},(true|false)");
        assertThat(scored.get(2)).startsWith("'-3,");
    }

    private String firstSourceId(String name) {
        CliRun run = CliRun.run(dir, "screen", "--format", "json", name);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("matches").get(0)
                    .get("sourceId").asText();
        } catch (Exception e) {
            throw new AssertionError("no match for " + name + ": " + run.out() + run.err(), e);
        }
    }
}
