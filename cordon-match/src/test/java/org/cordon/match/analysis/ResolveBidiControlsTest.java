package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class ResolveBidiControlsTest {

    @Test
    void readsARightToLeftOverrideAsTheNameItDisplays() {
        assertThat(ResolveBidiControls.displayed("\u202EiewauH\u202C")).isEqualTo("Huawei");
        assertThat(ResolveBidiControls.displayed("\u202Esgnidloh iewauH\u202C")).isEqualTo("Huawei holdings");
        assertThat(ResolveBidiControls.displayed("\u202EiewauH\u202C Technologies")).isEqualTo("Huawei Technologies");
        assertThat(ResolveBidiControls.displayed("\u202E\u202EiewauH")).isEqualTo("Huawei");
    }

    @Test
    void readsArabicForcedLeftToRightBackwards() {
        // Shown left to right, "أسامة" displays reversed; a reader reads the reversed letters right to left.
        assertThat(ResolveBidiControls.displayed("\u202D\u0623\u0633\u0627\u0645\u0629\u202C"))
                .isEqualTo("\u0629\u0645\u0627\u0633\u0623");
    }

    @Test
    void leavesNamesWhoseControlsChangeNothingAReaderSees() {
        assertThat(ResolveBidiControls.displayed("\u200F\u0623\u0633\u0627\u0645\u0629 \u0628\u0646 \u0644\u0627\u062F\u0646"))
                .isNull();
        assertThat(ResolveBidiControls.displayed("Huawei \u2067\u05D0\u05D1\u05D2\u2069 Ltd")).isNull();
        assertThat(ResolveBidiControls.displayed("ABC \u202B\u05E9\u05DC\u05D5\u05DD\u202C DEF")).isNull();
        assertThat(ResolveBidiControls.displayed("Huawei\u200E")).isNull();
        assertThat(ResolveBidiControls.displayed("Huawei")).isNull();
    }

    @Test
    void recordsTheReorderingAndTellsTheReviewer() {
        AnalysisContext context = new AnalysisContext(PartyType.UNKNOWN);
        List<Term> out = new ResolveBidiControls().apply(List.of(Term.of("\u202EiewauH\u202C", -1)), context);
        assertThat(TermFixtures.texts(out)).containsExactly("Huawei");
        assertThat(out.get(0).transformations()).containsExactly(Transformation.BIDI_REORDERED);
        assertThat(context.warnings()).containsExactly("bidirectional controls reorder the name: it displays as \"Huawei\"");
    }

    @Test
    void knowsTheBidiControls() {
        for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
                0x200F, 0x061C}) {
            assertThat(ResolveBidiControls.isBidiControl(cp)).as("U+%04X", cp).isTrue();
        }
        assertThat(ResolveBidiControls.isBidiControl(0x200B)).isFalse();
        assertThat(ResolveBidiControls.isBidiControl('a')).isFalse();
    }
}
