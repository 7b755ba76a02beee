package org.cordon.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class ListedNamesTest {

    private static final ListedNames LISTED = new ListedNames(List.of(
            Party.builder("ofac-sdn", "1", PartyType.ORGANIZATION).name(Name.primary("BANCO NACIONAL DE CUBA"))
                    .name(Name.of("AL-QA'IDA", NameKind.AKA)).build(),
            Party.builder("csl", "1", PartyType.ORGANIZATION).name(Name.primary("Banco Nacional de Cuba")).build(),
            Party.builder("ofac-sdn", "2", PartyType.PERSON).name(Name.primary("HASSAN, Ahmed Ali")).build(),
            Party.builder("ofac-sdn", "3", PartyType.ORGANIZATION).name(Name.primary("BLUE HARBOR SOFTWARE LLC"))
                    .build()));

    @Test
    void findsEveryPartyOfANameWhateverItsCaseAccentsPunctuationAndOrder() {
        assertThat(LISTED.idsNamed("Banco Nacional de Cuba")).containsExactly("csl/1", "ofac-sdn/1");
        assertThat(LISTED.idsNamed("BANCO NACIONAL DE CUBA.")).containsExactly("csl/1", "ofac-sdn/1");
        assertThat(LISTED.idsNamed("Ahmed Ali HASSAN")).containsExactly("ofac-sdn/2");
        assertThat(LISTED.idsNamed("al qa'ida")).containsExactly("ofac-sdn/1");
        assertThat(LISTED.idsNamed("Banco Nacional de Chile")).isEmpty();
    }

    @Test
    void listedNamesAndTheirTrivialVariantsCollide() {
        assertThat(LISTED.collides("banco nacional de cuba")).isTrue();
        assertThat(LISTED.collides("Bánco Nacional, de Cuba")).isTrue();
        assertThat(LISTED.collides("Ahmed Ali Hassan")).isTrue();
        assertThat(LISTED.collides("ALQAIDA")).isTrue();
        assertThat(LISTED.collides("Blue Harbor Software GmbH")).as("another legal form").isTrue();
        assertThat(LISTED.collides("Blue Harbour Software")).as("one edit").isTrue();
        assertThat(LISTED.collides("Ahmed Hassan")).as("words within a listed name's").isTrue();
        assertThat(LISTED.collides("Ahmed Ali Hassan Karimi")).as("a listed name's words within its own").isTrue();
        assertThat(LISTED.collides("LLC")).as("no word of its own").isTrue();
    }

    @Test
    void namesOfTheirOwnDoNotCollide() {
        assertThat(LISTED.collides("Banco Nacional de Chile")).isFalse();
        assertThat(LISTED.collides("Northern Valley Logistics LLC")).isFalse();
        assertThat(LISTED.collides("Ahmed Karimi")).isFalse();
    }
}
