package org.cordon.match.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.cordon.model.PartyType;

/**
 * Takes legal forms and organisation words off the ends of a run of Han characters, before transliteration:
 * "华为技术有限公司" -> "华为", technology, ltd.
 *
 * <p>Chinese has no spaces to say where a word ends, so a table word is only taken from the end of a run,
 * repeatedly (Chinese company names put them last: place, brand, trade, legal form), and legal forms also from
 * the start, where Japanese often writes them ("株式会社東芝"). Looking inside the run would cut brand names that
 * happen to contain a table word across a word boundary ("华通信息": 华通 + 信息, not 通信). Persons are left alone.
 */
final class CanonicaliseHanWords implements AnalysisStage {

    private final HanWords table;

    CanonicaliseHanWords(HanWords table) {
        this.table = table;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (context.type() == PartyType.PERSON) {
            return terms;
        }
        List<Term> out = new ArrayList<>(terms.size() + 2);
        for (Term term : terms) {
            if (!term.fromHan() || term.kind() != TokenKind.WORD) {
                out.add(term);
                continue;
            }
            String text = term.text();
            int from = 0;
            int to = text.length();
            Deque<Term> suffixes = new ArrayDeque<>();
            HanWords.Entry e;
            while (from < to && (e = table.longestSuffix(text.substring(from, to))) != null) {
                suffixes.addFirst(canonical(term, e, context));
                to -= e.han().length();
            }
            List<Term> prefixes = new ArrayList<>();
            while (from < to && (e = table.longestLegalFormPrefix(text.substring(from, to))) != null) {
                prefixes.add(canonical(term, e, context));
                from += e.han().length();
            }
            out.addAll(prefixes);
            if (from < to) {
                boolean aligned = term.surface().length() == text.length();
                out.add(term.withText(text.substring(from, to))
                        .withSurface(aligned ? term.surface().substring(from, to) : term.surface()));
            }
            out.addAll(suffixes);
        }
        return out;
    }

    private static Term canonical(Term term, HanWords.Entry e, AnalysisContext context) {
        Transformation t = e.kind() == TokenKind.LEGAL_FORM ? Transformation.LEGAL_FORM_CANONICALISED
                : Transformation.ORG_WORD_CANONICALISED;
        context.record(t);
        return term.withText(e.canonical()).withSurface(e.han()).withKind(e.kind()).withGroup(Token.NO_GROUP).with(t);
    }
}
