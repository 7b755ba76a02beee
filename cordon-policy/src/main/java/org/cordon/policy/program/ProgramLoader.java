package org.cordon.policy.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a program file (YAML, documented in docs/programs.md) into a {@link Program}, checking what CEL cannot. */
public final class ProgramLoader {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .build();

    private ProgramLoader() {}

    public static Program load(String source, InputStream in) {
        ProgramFile file;
        try {
            file = YAML.readValue(in, ProgramFile.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new ProgramFileException(source + ", line " + e.getLocation().getLineNr() + ", field " + path(e)
                    + ": unknown field; known here: " + String.join(", ", e.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().toList()), e);
        } catch (JsonMappingException e) {
            String line = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr();
            throw new ProgramFileException(source + line + ", field " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ProgramFileException(source + ", line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProgramFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new ProgramFileException(source + ": empty program file");
        }
        return file.toProgram(source);
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return b.isEmpty() ? "(top)" : b.toString();
    }

    private static String need(String value, String source, String field) {
        if (value == null || value.isBlank()) {
            throw new ProgramFileException(source + ", field " + field + ": is required");
        }
        return value.strip();
    }

    record ProgramFile(String id, String title, List<VersionFile> versions) {
        Program toProgram(String source) {
            need(id, source, "id");
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw new ProgramFileException(source + ", field id: '" + id + "' must be lower-case words joined by hyphens");
            }
            need(title, source, "title");
            if (versions == null || versions.isEmpty()) {
                throw new ProgramFileException(source + ", field versions: a program needs at least one version");
            }
            List<ProgramVersion> out = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            VersionFile previous = null;
            for (int i = 0; i < versions.size(); i++) {
                VersionFile merged = previous == null ? versions.get(i) : versions.get(i).over(previous);
                ProgramVersion v = merged.toVersion(source, "versions[" + i + "]");
                previous = merged;
                if (!seen.add(v.version())) {
                    throw new ProgramFileException(source + ", field versions[" + i + "].version: version " + v.version() + " appears twice");
                }
                out.add(v);
            }
            return new Program(id, title, source, out);
        }
    }

    record VersionFile(Integer version, LocalDate effectiveFrom, LocalDate effectiveUntil, String amendment,
                       List<String> citations, String appliesWhen, List<RuleFile> rules,
                       List<RuleFile> exceptions, String otherwise, Map<String, Object> parameters, String rationale) {

        /**
         * An amendment states what it changes; everything else (citations, rules, parameters...) carries over from
         * the version before. Dates and the amendment text are the version's own.
         */
        VersionFile over(VersionFile before) {
            return new VersionFile(version, effectiveFrom, effectiveUntil, amendment,
                    citations != null ? citations : before.citations,
                    appliesWhen != null ? appliesWhen : before.appliesWhen,
                    rules != null ? rules : before.rules,
                    exceptions != null ? exceptions : before.exceptions,
                    otherwise != null ? otherwise : before.otherwise,
                    parameters != null ? parameters : before.parameters,
                    rationale != null ? rationale : before.rationale);
        }
        ProgramVersion toVersion(String source, String at) {
            if (version == null || version < 1) {
                throw new ProgramFileException(source + ", field " + at + ".version: a positive number is required");
            }
            if (effectiveFrom == null) {
                throw new ProgramFileException(source + ", field " + at + ".effective_from: is required");
            }
            if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
                throw new ProgramFileException(source + ", field " + at + ".effective_until: must be after effective_from");
            }
            if (citations == null || citations.isEmpty()) {
                throw new ProgramFileException(source + ", field " + at + ".citations: every version cites its authority");
            }
            need(appliesWhen, source, at + ".applies_when");
            need(rationale, source, at + ".rationale");
            List<Rule> rs = new ArrayList<>();
            for (int i = 0; i < (rules == null ? 0 : rules.size()); i++) {
                rs.add(rules.get(i).toRule(source, at + ".rules[" + i + "]"));
            }
            if (rs.isEmpty()) {
                throw new ProgramFileException(source + ", field " + at + ".rules: a program version needs at least one rule");
            }
            List<Exemption> es = new ArrayList<>();
            for (int i = 0; i < (exceptions == null ? 0 : exceptions.size()); i++) {
                Rule r = exceptions.get(i).toRule(source, at + ".exceptions[" + i + "]", Outcome.ALLOW);
                es.add(new Exemption(r.id(), r.when(), r.outcome(), r.reason(), r.citation()));
            }
            return new ProgramVersion(version, effectiveFrom, Optional.ofNullable(effectiveUntil),
                    amendment == null ? "" : amendment.strip(), citations, appliesWhen.strip(), rs, es,
                    need(otherwise, source, at + ".otherwise"), parameters == null ? Map.of() : parameters,
                    rationale.strip());
        }
    }

    record RuleFile(String id, String when, String match, Outcome outcome, String reason, String citation,
                    Boolean regardlessOfParties) {
        Rule toRule(String source, String at) {
            return toRule(source, at, null);
        }

        Rule toRule(String source, String at, Outcome absent) {
            need(id, source, at + ".id");
            Outcome o = outcome != null ? outcome : absent;
            if (o == null) {
                throw new ProgramFileException(source + ", field " + at + ".outcome: is required (ALLOW, ADVISORY, REVIEW, LICENSE_REQUIRED or BLOCK)");
            }
            if ((when == null || when.isBlank()) && (match == null || match.isBlank()) && absent == null) {
                throw new ProgramFileException(source + ", field " + at + ": a rule needs a when or a match condition");
            }
            if (Boolean.TRUE.equals(regardlessOfParties) && (o.compareTo(Outcome.ADVISORY) > 0 || match != null && !match.isBlank())) {
                throw new ProgramFileException(source + ", field " + at + ".regardless_of_parties: only an ALLOW or ADVISORY "
                        + "rule without a match condition can hold whoever the parties are");
            }
            return new Rule(id, blank(when), blank(match), o, need(reason, source, at + ".reason"), blank(citation),
                    Boolean.TRUE.equals(regardlessOfParties));
        }

        private static String blank(String s) {
            return s == null ? "" : s.strip();
        }
    }

}
