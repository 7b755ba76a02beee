package org.cordon.snapshot.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.ingest.ListFormat;
import org.cordon.snapshot.update.UpdateSource.RemoteFile;

/**
 * The publishers' addresses: built-in defaults, or a YAML file of the form
 * <pre>
 * sources:
 *   - list: ofac-sdn
 *     format: ofac-sdn
 *     files:
 *       - url: https://www.treasury.gov/ofac/downloads/sdn.csv
 *       - url: https://www.treasury.gov/ofac/downloads/alt.csv
 *         optional: true
 *         sha256: ...        # optional expected hash
 *   - list: ofac-sdn         # or OFAC's Sanctions List Service, see sanctionsListService()
 *     format: ofac-sls
 *     files:
 *       - url: https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML
 * </pre>
 */
public final class UpdateSources {

    private UpdateSources() {}

    private static final String OFAC = "https://www.treasury.gov/ofac/downloads/";
    /** OFAC's Sanctions List Service: the lists' current home. */
    public static final String OFAC_SLS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";
    /** The EU Financial Sanctions Files consolidated list, XML 1.1, with the service's public token. */
    public static final String EU_FSF = "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/"
            + "content?token=dG9rZW4tMjAxNw";
    /** The UK Sanctions List as the FCDO publishes it. */
    public static final String UK_SANCTIONS = "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml";

    /** Where each list's publisher puts its official files. */
    public static List<UpdateSource> defaults() {
        return List.of(
                new UpdateSource("ofac-sdn", ListFormat.OFAC_SDN, List.of(RemoteFile.of(OFAC + "sdn.csv"),
                        RemoteFile.optional(OFAC + "alt.csv"), RemoteFile.optional(OFAC + "add.csv"),
                        RemoteFile.optional(OFAC + "sdn_comments.csv"))),
                new UpdateSource("ofac-non-sdn", ListFormat.OFAC_NON_SDN, List.of(
                        RemoteFile.of(OFAC + "consolidated/cons_prim.csv"),
                        RemoteFile.optional(OFAC + "consolidated/cons_alt.csv"),
                        RemoteFile.optional(OFAC + "consolidated/cons_add.csv"),
                        RemoteFile.optional(OFAC + "consolidated/cons_comments.csv"))),
                new UpdateSource("csl", ListFormat.CSL, List.of(RemoteFile.of(
                        "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"))),
                new UpdateSource("bis-dpl", ListFormat.DPL, List.of(RemoteFile.of(
                        "https://www.bis.doc.gov/dpl/dpl.txt"))),
                new UpdateSource("un-sc", ListFormat.UN, List.of(RemoteFile.of(
                        "https://scsanctions.un.org/resources/xml/en/consolidated.xml"))),
                new UpdateSource("eu-fsf", ListFormat.EU_FSF, List.of(new RemoteFile(URI.create(EU_FSF),
                        "xmlFullSanctionsList_1_1.xml", true, ""))),
                new UpdateSource("uk-sanctions", ListFormat.UK_SANCTIONS, List.of(RemoteFile.of(UK_SANCTIONS))));
    }

    /**
     * OFAC's lists from the Sanctions List Service in its advanced XML, for the same list ids as the legacy CSV sets
     * of {@link #defaults()}: name these in a sources file to load the SDN and non-SDN lists from there instead.
     */
    public static List<UpdateSource> sanctionsListService() {
        return List.of(
                new UpdateSource("ofac-sdn", ListFormat.OFAC_SLS_ADVANCED, List.of(RemoteFile.of(OFAC_SLS
                        + "SDN_ADVANCED.XML"))),
                new UpdateSource("ofac-non-sdn", ListFormat.OFAC_SLS_ADVANCED, List.of(RemoteFile.of(OFAC_SLS
                        + "CONS_ADVANCED.XML"))));
    }

    /** The built-in sources of a list: its default one, else its Sanctions List Service one; empty if none. */
    public static List<UpdateSource> builtIn(String listId) {
        List<UpdateSource> out = new ArrayList<>();
        defaults().stream().filter(s -> s.listId().equals(listId)).forEach(out::add);
        sanctionsListService().stream().filter(s -> s.listId().equals(listId)).forEach(out::add);
        return List.copyOf(out);
    }

    /** Reads sources from a YAML (or JSON) file; errors name the file and the entry. */
    public static List<UpdateSource> load(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        String where = file.getFileName().toString();
        if (root == null || !root.path("sources").isArray()) {
            throw new IllegalArgumentException(where + ": expected a top-level 'sources' list");
        }
        List<UpdateSource> sources = new ArrayList<>();
        int i = 0;
        for (JsonNode node : root.get("sources")) {
            String field = "sources[" + i++ + "]";
            try {
                List<RemoteFile> files = new ArrayList<>();
                for (JsonNode f : node.path("files")) {
                    files.add(new RemoteFile(URI.create(f.path("url").asText("")), f.path("name").asText(""),
                            !f.path("optional").asBoolean(false), f.path("sha256").asText("")));
                }
                sources.add(new UpdateSource(node.path("list").asText(""),
                        ListFormat.fromCliName(node.path("format").asText("")), files));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + field + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(sources);
    }
}
