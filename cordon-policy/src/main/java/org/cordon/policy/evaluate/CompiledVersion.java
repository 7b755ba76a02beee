package org.cordon.policy.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.policy.program.Exemption;
import org.cordon.policy.program.Program;
import org.cordon.policy.program.ProgramFileException;
import org.cordon.policy.program.ProgramVersion;
import org.cordon.policy.program.Rule;

/** A program version with every condition and reason compiled, so a bad expression fails at start, not mid-decision. */
final class CompiledVersion {

    record CompiledRule(Rule rule, CelEnvironment.Expression when, CelEnvironment.Expression match, ReasonTemplate reason) {}

    record CompiledExemption(Exemption exemption, CelEnvironment.Expression when, ReasonTemplate reason) {}

    final Program program;
    final ProgramVersion version;
    final CelEnvironment.Expression appliesWhen;
    final List<CompiledRule> rules = new ArrayList<>();
    final List<CompiledExemption> exemptions = new ArrayList<>();
    final ReasonTemplate otherwise;
    final Map<String, Object> params;
    /** The roles of the subjects the rules read: the {@code roles} parameter, or every role where there is none. */
    final java.util.Set<String> looksAt;

    @SuppressWarnings("unchecked")
    CompiledVersion(Program program, ProgramVersion version, CelEnvironment cel) {
        this.program = program;
        this.version = version;
        String at = program.source() + ", program " + program.id() + " version " + version.version();
        try {
            this.appliesWhen = cel.compile(version.appliesWhen(), at + ", applies_when");
            for (Rule r : version.rules()) {
                String where = at + ", rule " + r.id();
                rules.add(new CompiledRule(r, r.when().isEmpty() ? null : cel.compile(r.when(), where + ", when"),
                        r.match().isEmpty() ? null : cel.compile(r.match(), where + ", match"),
                        new ReasonTemplate(r.reason(), cel, where + ", reason")));
            }
            for (Exemption e : version.exemptions()) {
                String where = at + ", exception " + e.id();
                exemptions.add(new CompiledExemption(e, cel.compile(e.when(), where + ", when"),
                        new ReasonTemplate(e.reason(), cel, where + ", reason")));
            }
            this.otherwise = new ReasonTemplate(version.otherwise(), cel, at + ", otherwise");
        } catch (IllegalArgumentException e) {
            throw new ProgramFileException(e.getMessage(), e);
        }
        this.params = (Map<String, Object>) CelValues.normalise(version.parameters());
        this.looksAt = params.get("roles") instanceof List<?> roles
                ? roles.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet())
                : java.util.Set.of();
    }
}
