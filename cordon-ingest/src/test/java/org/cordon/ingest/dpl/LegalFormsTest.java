package org.cordon.ingest.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"AIR FREIGHT LTD", "ANNEXFIELD , LTD.", "ARROWTRONIC, LLC", "GHARE SABZ CO.",
        "SHUTTLE LONG CO, LTD.", "ELMONT AG", "COTRICOM S.A.", "BIB INDUSTRIE-HANDEL DIPL.ING M. MANGELSEN GMBH",
        "PJSC AEROFLOT", "URAL AIRLINES JSC", "SKY BLUE BIRD FZC", "NORDIC MARITIME PTE. LTD.", "DATASAAB CONTRACTING AB",
        "KOTO COMMERCIO IBERICA, S.L.", "YARRA ANSTALT A.G.", "MAHAN AIR GENERAL TRADING LLC", "POBEDA AIRLINES",
        "Elecmat, Inc."})
    void recognisesFirms(String name) {
        assertThat(LegalForms.isFirm(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I. ASH", "ABEL HERNANDEZ, JR.", "JOSEPH ORMOND KIRK, III.", "MARCO ANTONIO SANCHEZ",
        "CONSUELO TERESITA RAMIREZ", "JIN, ZHONGDA", "IHSAN MEDHAT \"SAMMY\" ELASHI", "COLONEL ELYAZGI",
        "SABINA DORN TITTEL", "PEARL (A.K.A. NEI-CHIEN CHU) LI", "SAMMY SMITH", "ALI AGAR MANZARPOUR", "CO LIN"})
    void leavesPersonsAlone(String name) {
        assertThat(LegalForms.isFirm(name)).isFalse();
    }
}
