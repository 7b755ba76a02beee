package org.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1962|1962", "1962-03|1962-03", "1962-03-04|1962-03-04", "04 Mar 1962|1962-03-04", "Mar 1962|1962-03",
        "4 March 1962|1962-03-04", "03/04/1962|1962-03-04", "circa 1955|~1955", "approximately 1960|~1960",
        "Sept 1970|1970-09"})
    void parsesTheFormsTheListsUse(String text, String iso) {
        assertThat(PartialDate.parse(text)).map(PartialDate::toString).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31 Feb 1970", "1970-13", "Foo 1970", "19xx", "''", "1958 to 1960"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void knowsTheFullDateOnlyWhenDayAndMonthAreGiven() {
        assertThat(PartialDate.parse("1962-03").flatMap(PartialDate::toLocalDate)).isEmpty();
        assertThat(PartialDate.parse("1962-03-04").flatMap(PartialDate::toLocalDate)).contains(LocalDate.of(1962, 3, 4));
        assertThatThrownBy(() -> new PartialDate(1970, 0, 3, false)).hasMessageContaining("day out of range");
        assertThat(Optional.of(new PartialDate(1970, 1, 0, false)).get()).isLessThan(new PartialDate(1970, 1, 2, false));
    }

    @Property
    void printedFormParsesBackToTheSameDate(@ForAll @IntRange(min = 1, max = 9999) int year,
                                            @ForAll @IntRange(min = 0, max = 12) int month,
                                            @ForAll @IntRange(min = 0, max = 28) int day) {
        int d = month == 0 ? 0 : day;
        PartialDate date = new PartialDate(year, month, d, false);
        assertThat(PartialDate.parse(date.toString())).contains(date);
    }
}
