package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndOfFileMarkerFilterTest {

    private static String readAll(String text, int bufferSize) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader in = new EndOfFileMarkerFilter(new StringReader(text))) {
            char[] buf = new char[bufferSize];
            int n;
            while ((n = in.read(buf, 0, bufferSize)) >= 0) {
                sb.append(buf, 0, n);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "7", "8192"})
    void dropsOnlyTheMarkerThatEndsTheText(int bufferSize) throws IOException {
        assertThat(readAll("a,b\r\nc,d\r\n\u001A", bufferSize)).isEqualTo("a,b\r\nc,d\r\n");
        assertThat(readAll("a\u001Ab\u001A", bufferSize)).isEqualTo("a\u001Ab");
        assertThat(readAll("\u001A\u001A", bufferSize)).isEqualTo("\u001A");
        assertThat(readAll("\u001A", bufferSize)).isEmpty();
        assertThat(readAll("", bufferSize)).isEmpty();
        assertThat(readAll("no marker", bufferSize)).isEqualTo("no marker");
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "8192"})
    void dropsALeadingByteOrderMarkOnly(int bufferSize) throws IOException {
        assertThat(readAll("\uFEFF36,\"X\"\r\n\u001A", bufferSize)).isEqualTo("36,\"X\"\r\n");
        assertThat(readAll("\uFEFF", bufferSize)).isEmpty();
        assertThat(readAll("a\uFEFFb", bufferSize)).isEqualTo("a\uFEFFb");
    }

    @Test
    void singleCharacterReadsDropTheMarkerToo() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader in = new EndOfFileMarkerFilter(new StringReader("xy\u001A"))) {
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
            }
        }
        assertThat(sb).hasToString("xy");
    }
}
