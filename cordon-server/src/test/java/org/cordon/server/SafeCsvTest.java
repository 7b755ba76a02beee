package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.cordon.server.json.SafeCsv;
import org.junit.jupiter.api.Test;

/** OWASP's rule for CSV cells, as every CSV writer of Cordon applies it. */
class SafeCsvTest {

    @Test
    void textThatASpreadsheetWouldEvaluateIsQuotedAsTextAndNumbersStayNumbers() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, List.of("id", "n", "ok"))) {
            csv.row("=cmd|' /C calc'!A1", 1, true);
            csv.row("+1", -2, false);
            csv.row("-3", new BigDecimal("-0.500"), null);
            csv.row("@SUM(A1)", 0L, true);
            csv.row("\tx", 1.5, true);
            csv.row("\rx", 2, true);
            csv.row("a=b", 3, true);
            csv.row("", 4, true);
        }
        assertThat(out.toString().split("\r\n")).containsExactly("id,n,ok", "'=cmd|' /C calc'!A1,1,true", "'+1,-2,false",
                "'-3,-0.500,", "'@SUM(A1),0,true", "'\tx,1.5,true", "\"'\rx\",2,true", "a=b,3,true", "\"\",4,true");
        assertThat(SafeCsv.text("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    }
}
