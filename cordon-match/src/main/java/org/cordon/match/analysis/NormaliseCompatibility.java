package org.cordon.match.analysis;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies Unicode NFKC: full-width letters, ligatures, circled and mathematical letters become the plain ones
 * ("Ｈｕａｗｅｉ", "𝐇𝐮𝐚𝐰𝐞𝐢" -> "Huawei"; "㍿" -> "株式会社"). A word NFKC turns into several (it can
 * produce spaces) becomes several terms. Only compatibility mappings are flagged, not the canonical composition
 * NFKC also does.
 */
final class NormaliseCompatibility implements AnalysisStage {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String text = term.text();
            if (NFKC.isNormalized(text)) {
                out.add(term);
                continue;
            }
            String normal = NFKC.normalize(text);
            if (normal.equals(text)) {
                out.add(term);
                continue;
            }
            // Composing a decomposed accent ("e\u0301" -> "é") is not worth telling; a compatibility form is.
            boolean compatibility = !normal.equals(NFC.normalize(text));
            if (compatibility) {
                context.record(Transformation.COMPATIBILITY_NORMALISED);
            }
            for (String piece : SplitOnWhitespace.split(normal)) {
                Term t = term.withText(piece);
                out.add(compatibility ? t.with(Transformation.COMPATIBILITY_NORMALISED) : t);
            }
        }
        return out;
    }
}
