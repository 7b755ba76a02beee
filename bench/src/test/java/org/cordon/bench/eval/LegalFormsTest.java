package org.cordon.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalFormsTest {

    @Test
    void findsTheLongestFormAtTheEnd() {
        LegalForms.Found found = LegalForms.find("Huawei Technologies Co., Ltd.").orElseThrow();
        assertThat(found.form().text()).isEqualTo("Co., Ltd.");
        assertThat(LegalForms.remove("Huawei Technologies Co., Ltd.", found)).isEqualTo("Huawei Technologies");
        assertThat(LegalForms.find("VTB BANK PUBLIC JOINT STOCK COMPANY").orElseThrow().form().text())
                .isEqualTo("Public Joint Stock Company");
    }

    @Test
    void findsRussianFormsInFrontAndAfterAComma() {
        LegalForms.Found leading = LegalForms.find("OOO LENDING TECHNOLOGIES").orElseThrow();
        assertThat(leading.leading()).isTrue();
        assertThat(LegalForms.remove("OOO LENDING TECHNOLOGIES", leading)).isEqualTo("LENDING TECHNOLOGIES");
        LegalForms.Found inverted = LegalForms.find("INSTITUT STROIPROEKT, AO").orElseThrow();
        assertThat(LegalForms.remove("INSTITUT STROIPROEKT, AO", inverted)).isEqualTo("INSTITUT STROIPROEKT");
    }

    @Test
    void rewritesAFormInTheNamesCase() {
        String name = "ARDIS-BEARINGS LLC";
        LegalForms.Found found = LegalForms.find(name).orElseThrow();
        // "L.L.C." only differs in punctuation; Russian forms do not fit a name written the English way.
        assertThat(LegalForms.alternatives(found)).containsExactly("Limited Liability Company");
        assertThat(LegalForms.replace(name, found, "Limited Liability Company"))
                .isEqualTo("ARDIS-BEARINGS LIMITED LIABILITY COMPANY");
    }

    @Test
    void offersRussianFormsForANameWrittenTheRussianWay() {
        assertThat(LegalForms.alternatives(LegalForms.find("OOO YARGEO").orElseThrow()))
                .contains("LLC", "Limited Liability Company", "Obshchestvo s Ogranichennoi Otvetstvennostyu");
        assertThat(LegalForms.alternatives(LegalForms.find("TRANSNEFT-SIBIR, AO").orElseThrow()))
                .contains("JSC", "Joint Stock Company", "Aktsionernoe Obshchestvo");
    }

    @Test
    void dropsTheQuotesThatSetANameOffItsForm() {
        String name = "OPEN JOINT-STOCK COMPANY 'PRIVOLZHSK OIL TRUNK PIPELINES'";
        assertThat(LegalForms.remove(name, LegalForms.find(name).orElseThrow()))
                .isEqualTo("PRIVOLZHSK OIL TRUNK PIPELINES");
    }

    @Test
    void leavesNamesWithoutAFormAndNamesThatAreOnlyAForm() {
        assertThat(LegalForms.find("AL QAIDA NETWORK")).isEmpty();
        assertThat(LegalForms.find("LLC")).isEmpty();
        assertThat(LegalForms.find("SAHAR")).isEmpty();
    }
}
