package org.cordon.policy.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CycloneDxBomReaderTest {

    private final CycloneDxBomReader reader = new CycloneDxBomReader();

    @Test
    void findsAModuleOfACoveredMakerTwoLevelsDownUnderANeutralBrand() throws Exception {
        List<BomComponent> tops;
        try (InputStream in = BomFixtures.open("camera-hidden-module.json")) {
            tops = reader.read(in);
        }

        BomComponent camera = tops.get(0);
        assertThat(tops).hasSize(1);
        assertThat(camera.name()).isEqualTo("NeutralCam 4K Dome");
        assertThat(camera.makers()).containsExactly("Brightview Security Ltd", "Northgate Distribution Inc.");
        assertThat(camera.children()).extracting(BomComponent::name).containsExactly("Main board", "neutralcam-firmware");

        BomComponent imaging = camera.children().get(0).children().get(0);
        assertThat(imaging.name()).isEqualTo("Imaging module IM-8");
        assertThat(imaging.makers()).containsExactly("Zhejiang Dahua Technology Co., Ltd.");
        assertThat(imaging.properties().get("cdx:device:partNumber")).containsExactly("IM-8-4K", "IM-8-4K-B");
        assertThat(camera.stream().filter(c -> c.makers().stream().anyMatch(m -> m.contains("Dahua"))))
                .extracting(BomComponent::name).containsExactly("Imaging module IM-8");
    }

    @Test
    void dependenciesAlreadyNestedAreNotRepeated() throws Exception {
        BomComponent camera = reader.read(BomFixtures.text("camera-hidden-module.json")).get(0);

        assertThat(camera.stream().map(BomComponent::name)).containsExactly("NeutralCam 4K Dome", "Main board",
                "Imaging module IM-8", "Power supply PS-12", "neutralcam-firmware", "openssl");
        BomComponent firmware = camera.children().get(1);
        assertThat(firmware.type()).isEqualTo("firmware");
        assertThat(firmware.makers()).containsExactly("Brightview Security Ltd");
        assertThat(firmware.children().get(0).author()).isEqualTo("The OpenSSL Project");
        assertThat(firmware.children().get(0).purl()).isEqualTo("pkg:generic/openssl@3.0.13");
    }

    @Test
    void aBomWithDependenciesOnlyBecomesTreesFromWhatNothingDependsOn() throws Exception {
        List<BomComponent> tops = reader.read(BomFixtures.text("dependencies-only.json"));

        assertThat(tops).extracting(BomComponent::name).containsExactly("router-ui", "diag");
        BomComponent ui = tops.get(0);
        assertThat(ui.children()).extracting(BomComponent::name).containsExactly("http", "zlib");
        assertThat(ui.children().get(0).children()).extracting(BomComponent::name).containsExactly("tls");
        assertThat(ui.children().get(0).children().get(0).children()).extracting(BomComponent::name)
                .containsExactly("zlib");
        // A component several depend on appears under each; services are not parts.
        assertThat(tops.get(1).stream().map(BomComponent::name)).containsExactly("diag", "tls", "zlib");
        assertThat(tops.get(1).children().get(0).makers()).containsExactly("Example TLS Foundation");
    }

    @Test
    void aDependencyCycleIsCutWhereItComesBack() throws Exception {
        List<BomComponent> tops = reader.read(BomFixtures.text("dependency-cycle.json"));

        assertThat(tops).hasSize(1);
        assertThat(tops.get(0).stream().map(BomComponent::name)).containsExactly("a", "b", "c");
    }

    @Test
    void readsABomGivenInlineInATransaction() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode transaction = json.readTree("{\"items\": [{\"sku\": \"CAM-4K\", \"bom\": "
                + BomFixtures.text("camera-hidden-module.json") + "}]}");

        List<BomComponent> tops = reader.read(transaction.get("items").get(0).get("bom"));

        assertThat(tops.get(0).stream()).anyMatch(c -> c.manufacturer().startsWith("Zhejiang Dahua"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.4", "1.5", "1.6"})
    void readsSpecVersions14To16(String version) throws Exception {
        ObjectNode bom = BomJson.bom().put("specVersion", version);
        bom.putArray("components").addObject().put("type", "device").put("name", "modem");

        assertThat(reader.read(bom)).extracting(BomComponent::name).containsExactly("modem");
    }

    @Test
    void aBomWithoutComponentsHasNoParts() throws Exception {
        assertThat(reader.read(BomJson.bom())).isEmpty();
    }

    @Test
    void theDeprecatedMetadataManufactureNamesTheRootsMaker() throws Exception {
        String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"metadata\":{\"component\":"
                + "{\"type\":\"device\",\"name\":\"router\"},\"manufacture\":{\"name\":\"Example Networks\"}}}";

        assertThat(reader.read(bom).get(0).manufacturer()).isEqualTo("Example Networks");
    }

    @Test
    void sixtyFourLevelsAreRead_sixtyFiveAreAnError() throws Exception {
        assertThat(reader.read(BomJson.chain(64)).get(0).stream()).hasSize(64);

        assertThatThrownBy(() -> reader.read(BomJson.chain(65)))
                .isInstanceOf(BomException.class)
                .hasMessageContaining("more than 64 levels")
                .satisfies(e -> assertThat(((BomException) e).path()).startsWith("components[0].components[0]")
                        .endsWith(".components[0]"));
    }

    @Test
    void aDependencyChainDeeperThan64IsAnError() {
        ObjectNode bom = BomJson.bom();
        ArrayNode components = bom.putArray("components");
        ArrayNode dependencies = bom.putArray("dependencies");
        for (int i = 0; i < 70; i++) {
            components.addObject().put("name", "c" + i).put("bom-ref", "c" + i);
            dependencies.addObject().put("ref", "c" + i).putArray("dependsOn").add("c" + (i + 1) % 70);
        }

        assertThatThrownBy(() -> reader.read(bom)).isInstanceOf(BomException.class)
                .hasMessageContaining("more than 64 levels");
    }

    @Test
    void sharedDependenciesThatWouldRepeatWithoutEndAreAnError() {
        // Each level depends on both components of the next: 2^30 paths down a BOM of 60 components.
        ObjectNode bom = BomJson.bom();
        ArrayNode components = bom.putArray("components");
        ArrayNode dependencies = bom.putArray("dependencies");
        for (int level = 0; level < 30; level++) {
            for (String side : List.of("l", "r")) {
                String ref = side + level;
                components.addObject().put("name", ref).put("bom-ref", ref);
                if (level < 29) {
                    dependencies.addObject().put("ref", ref).putArray("dependsOn").add("l" + (level + 1)).add("r" + (level + 1));
                }
            }
        }

        assertThatThrownBy(() -> reader.read(bom)).isInstanceOf(BomException.class)
                .hasMessageContaining("grows past 100000 components");
    }

    @Test
    void aNamelessComponentIsNamedByItsPath() {
        assertThatThrownBy(() -> reader.read(BomFixtures.text("nameless-nested.json")))
                .isInstanceOfSatisfying(BomException.class, e -> {
                    assertThat(e.path()).isEqualTo("components[3].components[0].name");
                    assertThat(e).hasMessage("components[3].components[0].name: missing: every component needs a name");
                });
    }

    @Test
    void nestedComponentsThatAreNotAnArrayAreAnError() {
        assertThatThrownBy(() -> reader.read(BomFixtures.text("nested-components-not-array.json")))
                .isInstanceOf(BomException.class)
                .hasMessage("components[1].components: must be an array, not an object");
    }

    @Test
    void aDependencyOnAnUnknownComponentIsAnError() {
        assertThatThrownBy(() -> reader.read(BomFixtures.text("unknown-dependency.json")))
                .isInstanceOf(BomException.class)
                .hasMessage("dependencies[1].dependsOn[1]: \"modem\" is the bom-ref of no component or service in this BOM");
    }

    @Test
    void aDependencyOfAnUnknownComponentIsAnError() {
        ObjectNode bom = BomJson.bom();
        bom.putArray("components").addObject().put("name", "a").put("bom-ref", "a");
        bom.putArray("dependencies").addObject().put("ref", "ghost").putArray("dependsOn").add("a");

        assertThatThrownBy(() -> reader.read(bom)).hasMessageStartingWith("dependencies[0].ref: \"ghost\"");
    }

    @Test
    void aBomRefUsedTwiceIsAnError() {
        ObjectNode bom = BomJson.bom();
        ArrayNode components = bom.putArray("components");
        components.addObject().put("name", "a").put("bom-ref", "x");
        components.addObject().put("name", "b").putArray("components").addObject().put("name", "c").put("bom-ref", "x");

        assertThatThrownBy(() -> reader.read(bom)).isInstanceOf(BomException.class)
                .hasMessage("components[1].components[0].bom-ref: \"x\" is also the bom-ref of components[0]:"
                        + " a bom-ref must name one component");
    }

    @Test
    void aTypeCycloneDxDoesNotKnowIsAnErrorAtItsPath() {
        ObjectNode bom = BomJson.bom();
        bom.putArray("components").addObject().put("name", "board").putArray("components").addObject()
                .put("name", "chip").put("type", "gadget");

        assertThatThrownBy(() -> reader.read(bom)).isInstanceOfSatisfying(BomException.class, e -> {
            assertThat(e.path()).isEqualTo("components[0].components[0].type");
            assertThat(e.getMessage()).contains("gadget");
        });
    }

    @Test
    void anotherBomFormatIsAnError() {
        assertThatThrownBy(() -> reader.read(BomFixtures.text("spdx.json")))
                .isInstanceOf(BomException.class).hasMessage("bomFormat: \"SPDX\" is not \"CycloneDX\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.3", "1.7", "2.0"})
    void otherSpecVersionsAreAnError(String version) {
        assertThatThrownBy(() -> reader.read(BomJson.bom().put("specVersion", version)))
                .isInstanceOf(BomException.class).hasMessageStartingWith("specVersion: \"" + version + "\"");
    }

    @Test
    void missingBomFormatOrSpecVersionIsAnError() {
        assertThatThrownBy(() -> reader.read("{\"specVersion\": \"1.6\"}")).hasMessageStartingWith("bomFormat: missing");
        assertThatThrownBy(() -> reader.read("{\"bomFormat\": \"CycloneDX\"}")).hasMessageStartingWith("specVersion: missing");
    }

    @Test
    void textThatIsNotJsonIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> reader.read(BomFixtures.text("not-json.json")))
                .isInstanceOf(BomException.class).hasMessageStartingWith("not JSON: ").hasMessageContaining("line 2");
    }

    @Test
    void anXmlBomIsRefusedWithoutBeingParsed() throws Exception {
        try (InputStream in = BomFixtures.open("xxe.xml")) {
            assertThatThrownBy(() -> reader.read(in)).isInstanceOf(BomException.class)
                    .hasMessage("an XML BOM: only CycloneDX JSON is read");
        }
        assertThatThrownBy(() -> reader.read("\uFEFF  <bom/>")).hasMessage("an XML BOM: only CycloneDX JSON is read");
    }

    @Test
    void xmlCarriedAsAJsonStringIsNotABom() {
        JsonNode inline = com.fasterxml.jackson.databind.node.TextNode.valueOf(BomFixtures.text("xxe.xml"));

        assertThatThrownBy(() -> reader.read(inline))
                .hasMessage("a CycloneDX BOM is a JSON object, not a string holding XML");
    }

    @Test
    void otherJsonThanAnObjectIsAnError() {
        assertThatThrownBy(() -> reader.read("[]")).hasMessage("a CycloneDX BOM is a JSON object, not an array");
        assertThatThrownBy(() -> reader.read("   ")).hasMessage("the BOM is empty");
    }

    @Test
    void componentsThatAreNotAnArrayOfObjectsAreAnError() {
        assertThatThrownBy(() -> reader.read("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":{}}"))
                .hasMessage("components: must be an array, not an object");
        assertThatThrownBy(() -> reader.read("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[\"x\"]}"))
                .hasMessage("components[0]: must be an object, not a string");
    }

    @Test
    void aRepeatedKeyOrTrailingTextIsAnError() {
        assertThatThrownBy(() -> reader.read("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"specVersion\":\"1.4\"}"))
                .hasMessageContaining("Duplicate field 'specVersion'");
        assertThatThrownBy(() -> reader.read("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"} {}"))
                .hasMessageStartingWith("not JSON: ");
    }

    @Test
    void aStreamLargerThanTheLimitIsAnErrorNotAnOutOfMemory() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        assertThatThrownBy(() -> reader.read(endless)).hasMessage("the BOM is larger than 64 MiB");
    }

    @Test
    void aStreamIsReadAsUtf8() throws Exception {
        byte[] bytes = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":\"华为模块\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(new ByteArrayInputStream(bytes)).get(0).name()).isEqualTo("华为模块");
    }
}
