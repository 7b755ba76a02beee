package org.cordon.ingest.curated;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cordon.model.Confidence;
import org.cordon.model.IdentifierType;
import org.cordon.model.NameKind;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;

/** The enumerated words of the curated list format and the model values they stand for. */
final class CuratedTerms {

    private CuratedTerms() {}

    /** No {@code unknown}: whoever curates an entry knows what it is. */
    static final Vocabulary<PartyType> PARTY_TYPES = Vocabulary.of("party type", ordered(
            "organization", PartyType.ORGANIZATION, "person", PartyType.PERSON,
            "vessel", PartyType.VESSEL, "aircraft", PartyType.AIRCRAFT));

    /** {@code weak} rather than {@code weak_aka}: the kind already says it is a name. */
    static final Vocabulary<NameKind> NAME_KINDS = Vocabulary.of("name kind", ordered(
            "primary", NameKind.PRIMARY, "aka", NameKind.AKA, "fka", NameKind.FKA, "nka", NameKind.NKA,
            "weak", NameKind.WEAK_AKA, "original_script", NameKind.ORIGINAL_SCRIPT));

    static final Vocabulary<Confidence> CONFIDENCES = Vocabulary.ofEnum("confidence", Confidence.class);

    static final Vocabulary<RelationKind> RELATION_KINDS = Vocabulary.ofEnum("relationship kind", RelationKind.class);

    static final Vocabulary<IdentifierType> IDENTIFIER_TYPES = Vocabulary.ofEnum("identifier type", IdentifierType.class);

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> ordered(Object... wordsAndValues) {
        Map<String, E> map = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndValues.length; i += 2) {
            map.put((String) wordsAndValues[i], (E) wordsAndValues[i + 1]);
        }
        return map;
    }
}
