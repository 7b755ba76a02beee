package org.cordon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsSubstitutionsInsertionsDeletionsAndTranspositions() {
        assertThat(EditDistance.within("huawei", "huawei", 2)).isZero();
        assertThat(EditDistance.within("huawei", "huawai", 2)).isEqualTo(1);
        assertThat(EditDistance.within("huawei", "hauwei", 2)).isEqualTo(1);
        assertThat(EditDistance.within("huawei", "huawe", 2)).isEqualTo(1);
        assertThat(EditDistance.within("alexandrov", "aleksandrov", 2)).isEqualTo(2);
        assertThat(EditDistance.within("huawei", "zte", 1)).isEqualTo(2);
        assertThat(EditDistance.within("abcdef", "fedcba", 2)).isEqualTo(3);
    }

    /** The bounded distance agrees with the plain dynamic programme whenever it is within the bound. */
    @Property(tries = 2000)
    void agreesWithTheUnboundedDistance(@ForAll @AlphaChars @StringLength(max = 12) String a,
                                        @ForAll @AlphaChars @StringLength(max = 12) String b,
                                        @ForAll @IntRange(min = 0, max = 3) int bound) {
        int full = reference(a, b);
        int bounded = EditDistance.within(a, b, bound);
        assertThat(bounded).isEqualTo(full <= bound ? full : bound + 1);
        assertThat(EditDistance.between(a, b)).isEqualTo(full);
    }

    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
