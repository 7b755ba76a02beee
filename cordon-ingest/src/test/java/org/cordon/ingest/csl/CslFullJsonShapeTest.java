package org.cordon.ingest.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full downloadable CSL JSON wraps its results in the same object as the search API, with the sources used and
 * when the search ran beside them: the reader skips those and counts the results against {@code total}.
 */
class CslFullJsonShapeTest {

    @TempDir
    Path dir;

    private static final String FULL = """
            {"search_performed_at": "2026-02-27T06:00:11+00:00",
             "sources_used": [
               {"source": "Entity List (EL) - Bureau of Industry and Security", "source_last_updated": "2026-02-20T14:02:10+00:00", "last_imported": "2026-02-27T05:00:03+00:00"},
               {"source": "Specially Designated Nationals (SDN) - Treasury Department", "source_last_updated": "2026-02-26T18:05:12+00:00", "last_imported": "2026-02-27T05:00:05+00:00"}],
             "total": 2,
             "results": [
               {"id": "d1f0a2c4b3e5", "type": "Entity", "name": "Sample Technologies Co., Ltd.", "alt_names": ["SampleTech"],
                "addresses": [{"address": "1 Sample Road", "city": "Shenzhen", "state": "Guangdong", "postal_code": "518000", "country": "CN"}],
                "ids": [], "programs": [], "federal_register_notice": "84 FR 22961", "start_date": "2019-05-16", "end_date": null,
                "license_requirement": "For all items subject to the EAR.", "license_policy": "Presumption of denial.",
                "source": "Entity List (EL) - Bureau of Industry and Security",
                "source_list_url": "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list",
                "source_information_url": "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list",
                "standard_order": null, "remarks": null},
               {"id": "9647", "entity_number": "9647", "type": "Individual", "name": "SAMPLEV, Ivan", "alt_names": [],
                "addresses": [], "ids": [{"type": "Passport", "number": "7100000001", "country": "RU", "issue_date": null, "expiration_date": null}],
                "programs": ["RUSSIA-EO14024"], "dates_of_birth": ["02 Jul 1961"], "nationalities": ["RU"], "citizenships": [],
                "places_of_birth": ["Tula, Russia"], "title": null, "federal_register_notice": null, "start_date": null, "end_date": null,
                "license_requirement": null, "license_policy": null,
                "source": "Specially Designated Nationals (SDN) - Treasury Department",
                "source_list_url": "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML",
                "source_information_url": "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
                "remarks": null}]}
            """;

    @Test
    void readsTheFullFileShape() throws Exception {
        Path file = dir.resolve("consolidated.json");
        Files.writeString(file, FULL);

        ImportResult r = new CslImporter().read(file, ImportOptions.strict());

        assertThat(r.parties()).extracting(Party::sourceId).containsExactly("d1f0a2c4b3e5", "9647");
        assertThat(r.parties().get(0).designations().get(0).licencePolicy()).isEqualTo("Presumption of denial.");
        assertThat(r.parties().get(1).identifiers()).extracting(i -> i.value()).contains("7100000001");
    }

    @Test
    void refusesAFullFileWithFewerResultsThanItsTotal() throws Exception {
        Path file = dir.resolve("consolidated.json");
        Files.writeString(file, FULL.replace("\"total\": 2", "\"total\": 3"));

        assertThatThrownBy(() -> new CslImporter().read(file, ImportOptions.strict())).isInstanceOf(ImportException.class)
                .hasMessageContaining("states a total of 3 entries but has 2");
    }
}
