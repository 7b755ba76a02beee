package org.cordon.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseShortFormsTest {

    @Test
    void shortensDownToTheBrand() {
        assertThat(ChineseShortForms.of("华为技术有限公司")).containsExactly("华为技术", "华为");
        assertThat(ChineseShortForms.of("杭州海康威视数字技术股份有限公司"))
                .containsExactly("杭州海康威视数字技术", "海康威视数字技术", "海康威视");
        assertThat(ChineseShortForms.of("浙江大华技术股份有限公司")).containsExactly("浙江大华技术", "大华技术", "大华");
        assertThat(ChineseShortForms.of("中興通訊股份有限公司")).containsExactly("中興通訊", "中興");
        assertThat(ChineseShortForms.of("大华股份")).containsExactly("大华");
    }

    @Test
    void keepsTwoCharactersAtLeast() {
        assertThat(ChineseShortForms.of("华为")).isEmpty();
        assertThat(ChineseShortForms.of("海思")).isEmpty();
    }
}
