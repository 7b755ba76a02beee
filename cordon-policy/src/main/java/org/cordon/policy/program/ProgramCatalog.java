package org.cordon.policy.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The programs Cordon applies: the bundled ones (resources under {@code org/cordon/policy/programs/}, named in
 * its {@code index.txt}), optionally overridden or extended by program files in a folder.
 */
public final class ProgramCatalog {

    private static final String BUNDLED = "org/cordon/policy/programs/";

    private final Map<String, Program> programs;

    private ProgramCatalog(Map<String, Program> programs) {
        this.programs = Map.copyOf(programs);
    }

    public static ProgramCatalog of(Collection<Program> programs) {
        Map<String, Program> byId = new LinkedHashMap<>();
        for (Program p : programs) {
            if (byId.put(p.id(), p) != null) {
                throw new ProgramFileException(p.source() + ": program id " + p.id() + " is defined twice");
            }
        }
        return new ProgramCatalog(byId);
    }

    /** The programs shipped with Cordon. */
    public static ProgramCatalog bundled() {
        List<Program> out = new ArrayList<>();
        for (String file : bundledFiles()) {
            try (InputStream in = resource(BUNDLED + file)) {
                out.add(ProgramLoader.load(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(out);
    }

    /** The bundled programs, with every {@code *.yaml} file of the folder replacing the one of its id or adding one. */
    public ProgramCatalog withFolder(Path folder) {
        Map<String, Program> merged = new LinkedHashMap<>(programs);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    Program p = ProgramLoader.load(f.getFileName().toString(), in);
                    merged.put(p.id(), p);
                }
            }
        } catch (IOException e) {
            throw new ProgramFileException(folder + ": cannot read program files: " + e.getMessage(), e);
        }
        return new ProgramCatalog(merged);
    }

    public Collection<Program> all() {
        return programs.values().stream().sorted(java.util.Comparator.comparing(Program::id)).toList();
    }

    public Optional<Program> get(String id) {
        return Optional.ofNullable(programs.get(id));
    }

    /** Each program with the version in force on the day; programs not in force that day are left out. */
    public List<InForce> inForceOn(LocalDate day) {
        List<InForce> out = new ArrayList<>();
        for (Program p : all()) {
            p.versionOn(day).ifPresent(v -> out.add(new InForce(p, v)));
        }
        return out;
    }

    /** A program and its version in force on a day. */
    public record InForce(Program program, ProgramVersion version) {}

    private static List<String> bundledFiles() {
        try (InputStream in = resource(BUNDLED + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ProgramCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ProgramFileException("bundled program resource " + name + " is missing from the build");
        }
        return in;
    }
}
