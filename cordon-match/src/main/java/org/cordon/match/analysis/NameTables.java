package org.cordon.match.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cordon.model.PartyType;

/**
 * The bundled tables, read once: look-alike letters, organisation words and legal forms (their Han rows apart),
 * particles, and the English renderings and Cantonese readings of Chinese words.
 *
 * <p>Latin rows are written as people write them ("Co., Ltd.", "S.A. de C.V.", "Gesellschaft mit beschränkter
 * Haftung") and read through the same stages as names (NFKC, accents, punctuation, case), so a row matches
 * exactly what analysis makes of that form in a name. Legal-form rows are then read in canonical organisation
 * words ("co ltd" -> "company ltd"), as that table runs first. Every canonical token must also be a row of its own
 * that maps to itself, so that analysing an analysis changes nothing.
 */
record NameTables(Confusables confusables, HanWords hanWords, PhraseTable orgWords, PhraseTable legalForms,
                  Particles particles, HanTranslations hanTranslations, HanTranslations hanCantonese) {

    static NameTables bundled() {
        HanWords han = new HanWords();
        PhraseTable orgWords = orgWords(TableFile.read("org-words.tsv"), han);
        PhraseTable legalForms = legalForms(TableFile.read("legal-forms.tsv"), orgWords, han);
        return new NameTables(Confusables.bundled(), han, orgWords, legalForms, Particles.bundled(),
                HanTranslations.bundled(), HanTranslations.cantonese());
    }

    static PhraseTable orgWords(List<TableFile.Row> rows, HanWords han) {
        PhraseTable.Builder builder = new PhraseTable.Builder();
        for (TableFile.Row row : rows) {
            String canonical = canonical(row);
            String written = row.column(0);
            if (written.codePoints().anyMatch(SeparateHan::isHan)) {
                han.add(new HanWords.Entry(written, canonical, TokenKind.ORG_WORD));
            } else {
                builder.add(latinKey(written, row), new PhraseTable.Entry(canonical, false), row);
            }
        }
        checkFixedPoints(builder.entries(), "org-words.tsv");
        return new PhraseTable(builder.entries(), TokenKind.ORG_WORD, Transformation.ORG_WORD_CANONICALISED);
    }

    static PhraseTable legalForms(List<TableFile.Row> rows, PhraseTable orgWords, HanWords han) {
        PhraseTable.Builder builder = new PhraseTable.Builder();
        for (TableFile.Row row : rows) {
            String canonical = canonical(row);
            String written = row.column(0);
            String where = row.column(2);
            if (!where.isEmpty() && !where.equals("edge")) {
                throw row.error("the third column is empty or 'edge'");
            }
            if (written.codePoints().anyMatch(SeparateHan::isHan)) {
                han.add(new HanWords.Entry(written, canonical, TokenKind.LEGAL_FORM));
                continue;
            }
            String key = List.of(latinKey(written, row).split(" ")).stream()
                    .map(w -> orgWords.get(w) == null ? w : orgWords.get(w).canonical())
                    .collect(Collectors.joining(" "));
            if (!key.contains(" ") && orgWords.get(key) != null) {
                throw row.error("'" + key + "' is an organisation word");
            }
            builder.add(key, new PhraseTable.Entry(canonical, where.equals("edge")), row);
        }
        checkFixedPoints(builder.entries(), "legal-forms.tsv");
        return new PhraseTable(builder.entries(), TokenKind.LEGAL_FORM, Transformation.LEGAL_FORM_CANONICALISED);
    }

    private static String canonical(TableFile.Row row) {
        String canonical = row.column(1);
        if (!KeepTokenAlphabet.isTokenText(canonical)) {
            throw row.error("the canonical token must be lower-case ASCII letters and digits");
        }
        return canonical;
    }

    private static void checkFixedPoints(Map<String, PhraseTable.Entry> entries, String file) {
        Map<String, PhraseTable.Entry> copy = new HashMap<>(entries);
        for (PhraseTable.Entry e : copy.values()) {
            PhraseTable.Entry self = copy.get(e.canonical());
            if (self == null || !self.canonical().equals(e.canonical())) {
                throw new IllegalStateException(file + ": canonical token '" + e.canonical()
                        + "' needs a row of its own that maps to itself");
            }
        }
    }

    /** What analysis makes of a written form, as token texts joined by spaces. */
    static String latinKey(String written, TableFile.Row row) {
        List<AnalysisStage> reading = List.of(new SplitOnWhitespace(), new NormaliseCompatibility(),
                new RemoveDiacritics(), new SplitPunctuation(), new LowerCase(), new KeepTokenAlphabet());
        if (Transliterate.needsTransliteration(written)) {
            throw row.error("write Latin rows in Latin letters (transliterated as the chain would)");
        }
        AnalysisContext context = new AnalysisContext(PartyType.ORGANIZATION);
        List<Term> terms = List.of(Term.of(written, -1));
        for (AnalysisStage stage : reading) {
            terms = stage.apply(terms, context);
        }
        if (terms.isEmpty()) {
            throw row.error("nothing left of the written form");
        }
        return terms.stream().map(Term::text).collect(Collectors.joining(" "));
    }
}
