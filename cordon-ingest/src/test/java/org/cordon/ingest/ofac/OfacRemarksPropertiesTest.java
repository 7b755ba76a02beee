package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cordon.model.Name;
import org.cordon.model.Relationship;

/** The remarks parser meets text of every shape: it must never throw, nor invent names. */
class OfacRemarksPropertiesTest {

    /** Pieces of real remarks, so that random text often looks almost right. */
    private static final String[] PIECES = {"a.k.a. ", "f.k.a. ", "n.k.a. ", "alt. ", "'", "''", ";", "; ", ".", " ",
        "Linked To: ", "DOB ", "circa ", " to ", "01 Jan 1970", "1962", "31 Feb 1980", "-", "POB ", "nationality ",
        "citizen ", "Passport ", "A123", " (Iran)", "(", ")", "Registration Number ", "Tax ID No. ", "IMO 1234567",
        "Vessel Registration Identification ", "Digital Currency Address - ", "XBT ", "Website ", "www.x.test",
        "Organization Established Date ", "Gender Male", "AL-QA'IDA", "BANK", ", ", ":", "\u001A", "\t", "\n"};

    @Provide
    Arbitrary<String> remarks() {
        Arbitrary<String> assembled = Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join("", l));
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.oneOf(assembled, assembled, anything);
    }

    @Property(tries = 2000)
    void neverThrowsAndAliasesComeFromTheText(@ForAll("remarks") String text, @ForAll boolean mayBeCut) {
        RemarkFacts facts = OfacRemarks.parse(text, "", mayBeCut);
        for (Name alias : facts.names()) {
            assertThat(text).contains(alias.value());
        }
        for (Relationship link : facts.relationships()) {
            assertThat(text).contains(link.targetName());
        }
    }

    @Property(tries = 1000)
    void segmentsAreNonBlankPartsOfTheText(@ForAll("remarks") String text) {
        for (String segment : OfacRemarks.segments(text)) {
            assertThat(segment).isNotBlank();
            assertThat(text).contains(segment);
        }
    }
}
