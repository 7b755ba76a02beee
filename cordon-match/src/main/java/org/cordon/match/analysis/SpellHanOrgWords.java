package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spells the organisation words {@link CanonicaliseHanWords} took off a run of Han characters in pinyin, one token
 * a syllable, instead of their canonical English token: 华为技术有限公司 -> hua wei, ji shu, ltd. A name in
 * romanised Chinese ("Hua Wei Ji Shu", "Huawei Jishu") then meets a listed Chinese name word for word, spaced or
 * not (the scorer joins syllables), also where the query's words are not in the tables. The syllables weigh as
 * organisation words; legal forms stay canonical, their pinyin being in the legal-form table.
 *
 * <p>Only in the pinyin reading of listed names ({@link NameAnalyzer#listedReadings}); the canonical reading meets
 * English names and pinyin the tables know ("Jishu" -> technology).
 */
final class SpellHanOrgWords implements AnalysisStage {

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        List<Term> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            boolean spell = term.kind() == TokenKind.ORG_WORD && !term.surface().isEmpty()
                    && term.surface().codePoints().allMatch(SeparateHan::isHan);
            if (!spell) {
                if (out != null) {
                    out.add(term);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(terms.subList(0, i));
            }
            String han = term.surface();
            List<String> syllables = Transliterate.pinyin(han);
            boolean onePerCharacter = syllables.size() == han.codePointCount(0, han.length());
            int group = context.newGroup();
            for (int k = 0, offset = 0; k < syllables.size(); k++) {
                String surface = han;
                if (onePerCharacter) {
                    int next = han.offsetByCodePoints(offset, 1);
                    surface = han.substring(offset, next);
                    offset = next;
                }
                out.add(new Term(syllables.get(k), surface, TokenKind.ORG_WORD, Set.of(Transformation.TRANSLITERATED),
                        term.word(), group, term.clause(), syllables.get(k), false));
            }
            context.record(Transformation.TRANSLITERATED);
        }
        return out == null ? terms : out;
    }
}
