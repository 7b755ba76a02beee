package org.cordon.bench.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cordon.match.Match;
import org.cordon.match.Screener;
import org.cordon.match.ScreeningQuery;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;

/**
 * How far the names of the covered companies (the bundled list's primary and alias names in Latin letters) can be
 * misspelt before the screener stops finding them, at each candidate floor of the review band: 1, 2 and 3 random
 * letter edits (replace, delete, insert), from a fixed seed. A name misspelt on purpose is what the band is for.
 */
final class EditedCoveredNames {

    private static final String BUNDLED = "cordon-covered-telecom";
    private static final int PER_NAME = 20;
    private static final long SEED = 20261204L;

    private EditedCoveredNames() {}

    static void print(PrintStream out, Screener screener, List<Party> parties, double[] floors, double threshold) {
        List<Party> covered = parties.stream().filter(p -> p.listId().equals(BUNDLED)).toList();
        out.printf("Covered names misspelt (%d parties of %s, %d variants a name and edit count, seed %d):%n",
                covered.size(), BUNDLED, PER_NAME, SEED);
        StringBuilder head = new StringBuilder("  edits  variants");
        for (double f : floors) {
            head.append(String.format("  found>=%.2f", f));
        }
        out.println(head);
        Random random = new Random(SEED);
        for (int edits = 1; edits <= 3; edits++) {
            int total = 0;
            int[] found = new int[floors.length];
            for (Party p : covered) {
                for (Name n : p.names()) {
                    String v = n.value();
                    if (n.kind() == NameKind.ORIGINAL_SCRIPT || v.length() < 6 || !v.chars().allMatch(c -> c < 0x250)) {
                        continue;
                    }
                    for (int k = 0; k < PER_NAME; k++) {
                        String query = edit(v, edits, random);
                        double best = bestFor(screener, query, p.id(), floors[0]);
                        total++;
                        for (int i = 0; i < floors.length; i++) {
                            if (best >= floors[i]) {
                                found[i]++;
                            }
                        }
                    }
                }
            }
            StringBuilder row = new StringBuilder(String.format("  %5d  %8d", edits, total));
            for (int i = 0; i < floors.length; i++) {
                row.append(String.format("  %11.3f", total == 0 ? Double.NaN : (double) found[i] / total));
            }
            out.println(row);
        }
        out.printf("  (found>=%.2f is what the threshold alone finds; each lower floor adds what the band sends to review)%n%n",
                threshold);
    }

    /** The best score of the expected party among the matches down to the floor, or 0. */
    private static double bestFor(Screener screener, String query, String partyId, double floor) {
        for (Match m : screener.screen(ScreeningQuery.of(query), floor, 10)) {
            if (m.party().id().equals(partyId)) {
                return m.score();
            }
        }
        return 0;
    }

    private static String edit(String name, int edits, Random random) {
        StringBuilder s = new StringBuilder(name);
        for (int i = 0; i < edits; i++) {
            int pos;
            do {
                pos = random.nextInt(s.length());
            } while (!Character.isLetter(s.charAt(pos)));
            char c = (char) ('a' + random.nextInt(26));
            switch (random.nextInt(3)) {
                case 0 -> s.setCharAt(pos, c);
                case 1 -> s.deleteCharAt(pos);
                default -> s.insert(pos, c);
            }
        }
        return s.toString();
    }
}
