package org.cordon.policy.device;

import java.util.List;

/**
 * What a TAC file held.
 *
 * @param file        the file's name
 * @param attribution the licence or copyright line the file carries, or empty (the Osmocom database is
 *                    CC-BY-SA: whatever is derived from it must carry the same licence)
 * @param models      the usable rows, in file order
 * @param problems    the rows passed over or replaced, each with file, line, field and reason; empty when the
 *                    file was read strictly
 */
public record TacFile(String file, String attribution, List<DeviceModel> models, List<TacProblem> problems) {

    public TacFile {
        file = file == null ? "" : file;
        attribution = attribution == null ? "" : attribution.strip();
        models = List.copyOf(models);
        problems = List.copyOf(problems);
    }
}
