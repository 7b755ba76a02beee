package org.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void detectsTheScriptOfANameAndKeepsItsKind() {
        assertThat(Name.primary("Huawei Technologies").script()).isEqualTo("Latn");
        assertThat(Name.of("华为技术有限公司", NameKind.ORIGINAL_SCRIPT).script()).isEqualTo("Hani");
        assertThat(Name.of("Газпром", NameKind.AKA).script()).isEqualTo("Cyrl");
        assertThat(Name.of("حزب الله", NameKind.AKA).script()).isEqualTo("Arab");
        assertThat(Name.of("华为", NameKind.AKA).isNonLatin()).isTrue();
        assertThat(Name.of("123", NameKind.AKA).script()).isEqualTo("Zyyy");
        assertThatThrownBy(() -> Name.primary("  ")).hasMessageContaining("name value must not be blank");
    }

    @Test
    void aPartyNeedsANameAndItsListsCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> Party.builder("l", "1", PartyType.PERSON).build()).hasMessageContaining("has no name");
        List<Name> names = new ArrayList<>(List.of(Name.primary("A")));
        Party p = new Party("l", "1", PartyType.PERSON, names, null, null, null, null, null, null, null, Confidence.HIGH);
        names.add(Name.primary("B"));
        assertThat(p.names()).hasSize(1);
        assertThat(p.identifiers()).isEmpty();
        assertThat(p.remarks()).isEmpty();
        assertThat(p.id()).isEqualTo("l/1");
        assertThatThrownBy(() -> p.names().add(Name.primary("C"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBuilderKeepsOneCopyOfRepeatedFacts() {
        Party p = Party.builder("l", "1", PartyType.ORGANIZATION).name(Name.primary("ZTE Corporation"))
                .name(Name.primary("ZTE Corporation")).name(Name.of("ZTE Corporation", NameKind.AKA))
                .nationality(Country.of("CN")).nationality(Country.of("CN")).build();
        assertThat(p.names()).hasSize(2);
        assertThat(p.nationalities()).hasSize(1);
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void aDesignationKnowsWhenItIsInForce() {
        Designation zteDenial = Designation.builder("l", "BIS_DENIAL_ORDER").listedOn(LocalDate.of(2018, 4, 15))
                .liftedOn(LocalDate.of(2018, 7, 13)).expiresOn(LocalDate.of(2025, 3, 13)).build();
        assertThat(zteDenial.inForceOn(LocalDate.of(2018, 4, 14))).isFalse();
        assertThat(zteDenial.inForceOn(LocalDate.of(2018, 4, 15))).isTrue();
        assertThat(zteDenial.inForceOn(LocalDate.of(2018, 7, 12))).isTrue();
        assertThat(zteDenial.inForceOn(LocalDate.of(2018, 7, 13))).isFalse();
        assertThat(zteDenial.toBuilder().build()).isEqualTo(zteDenial);

        Designation dpl = Designation.builder("l", "DPL").listedOn(LocalDate.of(2022, 8, 24))
                .expiresOn(LocalDate.of(2026, 1, 14)).build();
        assertThat(dpl.inForceOn(LocalDate.of(2026, 1, 14))).isTrue();
        assertThat(dpl.inForceOn(LocalDate.of(2026, 1, 15))).isFalse();
    }

    @Test
    void relationshipsCheckTheirShareAndDatesTheirRange() {
        assertThatThrownBy(() -> new Relationship(RelationKind.OWNED_BY, "X", "", Optional.of(120.0), Confidence.HIGH))
                .hasMessageContaining("share out of range");
        assertThatThrownBy(() -> new PartyDate(DateKind.BIRTH, new PartialDate(1960, 0, 0, false),
                new PartialDate(1958, 0, 0, false), "1960 to 1958")).hasMessageContaining("ends before it starts");
        assertThat(Relationship.of(RelationKind.LINKED_TO, "Y").withTargetId("l/2").targetId()).isEqualTo("l/2");
    }

    @Test
    void aRelationshipHoldsFromSinceToTheDayBeforeUntil() {
        Relationship lorex = Relationship.of(RelationKind.SUBSIDIARY_OF, "Dahua")
                .during(LocalDate.of(2018, 5, 1), LocalDate.of(2023, 5, 1)).withSource("Dahua announcement 2022-094");

        assertThat(lorex.inForceOn(LocalDate.of(2018, 4, 30))).isFalse();
        assertThat(lorex.inForceOn(LocalDate.of(2018, 5, 1))).isTrue();
        assertThat(lorex.inForceOn(LocalDate.of(2023, 4, 30))).isTrue();
        assertThat(lorex.inForceOn(LocalDate.of(2023, 5, 1))).isFalse();
        assertThat(lorex.source()).isEqualTo("Dahua announcement 2022-094");
        assertThat(lorex.withTargetId("l/dahua").since()).contains(LocalDate.of(2018, 5, 1));
        assertThat(Relationship.of(RelationKind.LINKED_TO, "Y").during(null, LocalDate.of(2020, 11, 17))
                .inForceOn(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(Relationship.of(RelationKind.LINKED_TO, "Y").inForceOn(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(Relationship.of(RelationKind.LINKED_TO, "Y").source()).isEmpty();
        assertThat(new Relationship(RelationKind.LINKED_TO, "Y", "", Optional.empty(), Confidence.LOW, null, null, null))
                .isEqualTo(new Relationship(RelationKind.LINKED_TO, "Y", "", Optional.empty(), Confidence.LOW));
        assertThatThrownBy(() -> Relationship.of(RelationKind.OWNED_BY, "X")
                .during(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("until 2020-01-01 is before since 2020-01-02");
    }
}
