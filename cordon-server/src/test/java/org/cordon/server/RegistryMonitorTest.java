package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's registry is screened when an entry is added and again whenever a list changes. */
class RegistryMonitorTest {

    @TempDir
    Path home;

    @Test
    void aSupplierThatANewListVersionNamesRaisesAnAlert() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String reviewer = server.key("reviewer");
            server.importList("curated", "watch.yaml", TestLists.watchList(1, "2024-01-01", "", false).getBytes(StandardCharsets.UTF_8), "").expect(201);

            JsonNode added = server.post("/api/registry", reviewer, Map.of("id", "sup-1", "kind", "supplier",
                    "name", "Quartz Lantern Telecom", "attributes", Map.of("country", "CN"))).expect(200).json();
            assertThat(added.path("alerts")).as("no list names it yet").isEmpty();
            JsonNode huawei = server.post("/api/registry", reviewer, Map.of("id", "sup-2", "kind", "supplier",
                    "name", "Huawei Technologies Co., Ltd.")).expect(200).json();
            assertThat(huawei.path("alerts").findValuesAsText("partyId")).contains("cordon-covered-telecom/huawei-technologies");

            // Version 2 lists Quartz Lantern: importing (and so activating) it screens the registry again.
            server.importList("curated", "watch.yaml", TestLists.watchList(2, "2024-01-02", "", true)
                    .getBytes(StandardCharsets.UTF_8), "").expect(201);
            JsonNode audit = server.get("/api/audit?limit=1000", server.adminKey).expect(200).json();
            long alerts = 0;
            for (JsonNode r : audit.path("records")) {
                if (r.path("action").asText().equals("registry.alert") && r.path("subject").asText().equals("sup-1")) {
                    alerts++;
                    assertThat(r.path("payload").asText()).contains("test-watch/quartz");
                }
            }
            assertThat(alerts).as("one alert for the new listing").isEqualTo(1);

            JsonNode listed = server.get("/api/registry?kind=supplier", reviewer).expect(200).json();
            for (JsonNode e : listed.path("entries")) {
                if (e.path("entry").path("id").asText().equals("sup-1")) {
                    assertThat(e.path("lastScreening").path("listVersions").toString()).contains("test-watch@2");
                }
            }
            // Screening again with nothing changed raises nothing new.
            assertThat(server.post("/api/registry/rescreen", reviewer, "").expect(200).json().path("alerts")).isEmpty();
            assertThat(server.get("/api/audit/verify", server.adminKey).expect(200).json().path("ok").asBoolean()).isTrue();
        }
    }
}
