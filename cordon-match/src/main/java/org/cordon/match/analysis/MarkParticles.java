package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the particles of person names ("al", "bin", "van", "de", "y"), which weigh little in a comparison: they
 * are often dropped, glued ("ALQAIDA") or spelt another way. The particle stays a token of its own; the scorer
 * joins adjacent tokens. Unvowelled transliterations from Arabic take their usual spelling ("bn" -> "bin").
 *
 * <p>A single-letter particle ("y" in "García y López") counts only between two words and without a dot, else it
 * is an initial; and a name made only of particles keeps them as words.
 */
final class MarkParticles implements AnalysisStage {

    private final Particles particles;

    MarkParticles(Particles particles) {
        this.particles = particles;
    }

    @Override
    public List<Term> apply(List<Term> terms, AnalysisContext context) {
        if (!LooksLikePerson.test(context.type(), terms)) {
            return terms;
        }
        List<Term> out = new ArrayList<>(terms.size());
        boolean anyWordLeft = false;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String as = t.kind() == TokenKind.WORD && !t.fromHan() ? particles.canonical(t.text()) : null;
            if (as != null && (t.text().length() > 1 || isBetweenWords(terms, i))) {
                out.add(t.withText(as).withKind(TokenKind.PARTICLE));
            } else {
                anyWordLeft |= t.kind() == TokenKind.WORD;
                out.add(t);
            }
        }
        return anyWordLeft ? out : terms;
    }

    private static boolean isBetweenWords(List<Term> terms, int i) {
        return i > 0 && i < terms.size() - 1 && terms.get(i - 1).text().length() > 1
                && terms.get(i + 1).text().length() > 1 && !terms.get(i).surface().endsWith(".");
    }
}
