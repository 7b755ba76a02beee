package org.cordon.policy.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cordon.model.Designation;
import org.cordon.policy.resolve.Finding;
import org.cordon.policy.resolve.PathStep;
import org.cordon.policy.resolve.Unresolved;

/** The decision as the JSON of the {@code cordon check} contract (docs/decisions.md). */
public final class DecisionJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DecisionJson() {}

    public static ObjectNode toJson(Decision d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("outcome", d.outcome().name());
        root.put("asOf", d.asOf().toString());
        ArrayNode programs = root.putArray("programs");
        for (ProgramResult r : d.programs()) {
            ObjectNode p = programs.addObject();
            p.put("id", r.id());
            p.put("version", r.version());
            p.put("title", r.title());
            p.put("outcome", r.outcome().name());
            p.put("citation", r.citation());
            p.put("reason", r.reason());
            p.put("rule", r.rule());
            ArrayNode fs = p.putArray("findings");
            r.findings().forEach(fs::add);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode o = findings.addObject();
            o.put("subject", f.subject().field());
            o.put("role", f.subject().role());
            o.put("name", f.subject().name());
            o.put("party", f.designatedPartyId());
            o.put("partyName", f.designatedName());
            o.put("matched", f.matchedPartyId());
            o.put("matchedName", f.matchedName());
            o.put("score", f.score());
            o.put("certain", f.certain());
            if (f.subject().depth() > 0) {
                o.put("essential", f.subject().essential());
            }
            ArrayNode path = o.putArray("path");
            for (PathStep s : f.path()) {
                path.add(s.toString());
            }
            o.put("list", f.list());
            o.put("listVersion", f.listVersion());
            ArrayNode ds = o.putArray("designations");
            for (Designation x : f.designations()) {
                ObjectNode dn = ds.addObject();
                dn.put("program", x.program());
                dn.put("authority", x.authority());
                x.listedOn().ifPresent(v -> dn.put("listedOn", v.toString()));
                x.liftedOn().ifPresent(v -> dn.put("liftedOn", v.toString()));
                x.expiresOn().ifPresent(v -> dn.put("expiresOn", v.toString()));
                if (!x.licencePolicy().isEmpty()) {
                    dn.put("licencePolicy", x.licencePolicy());
                }
            }
        }
        ArrayNode unresolved = root.putArray("unresolved");
        for (Unresolved u : d.unresolved()) {
            ObjectNode o = unresolved.addObject();
            o.put("subject", u.field());
            o.put("role", u.role());
            if (!u.name().isEmpty()) {
                o.put("name", u.name());
            }
            o.put("kind", u.kind().wire());
            o.put("reason", u.what());
            if (!u.candidates().isEmpty()) {
                ArrayNode cs = o.putArray("candidates");
                for (Unresolved.Candidate c : u.candidates()) {
                    cs.addObject().put("party", c.partyId()).put("partyName", c.name()).put("matchedName", c.matchedName())
                            .put("listVersion", c.listVersion()).put("score", c.score());
                }
            }
        }
        ArrayNode versions = root.putArray("listVersions");
        d.listVersions().forEach(versions::add);
        ArrayNode notes = root.putArray("notes");
        d.notes().forEach(notes::add);
        root.put("explanation", d.explanation());
        return root;
    }

    public static String write(Decision d) {
        try {
            return JSON.writeValueAsString(toJson(d));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
