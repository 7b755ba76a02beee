package org.cordon.match.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SplitCapitalisedRunsTest {

    @Test
    void wordsRunTogetherAtCapitalsAreSplit() {
        assertThat(SplitCapitalisedRuns.split("HuaweiJishuYouxianGongsi")).isEqualTo("Huawei Jishu Youxian Gongsi");
        assertThat(SplitCapitalisedRuns.split("ZhongxingTongxun Gufen")).isEqualTo("Zhongxing Tongxun Gufen");
        assertThat(SplitCapitalisedRuns.split("Hangzhou HaikangWeishi")).isEqualTo("Hangzhou Haikang Weishi");
    }

    @Test
    void shortHeadsCapitalRunsAndPlainNamesAreLeftAlone() {
        assertThat(SplitCapitalisedRuns.split("iPhone")).isEqualTo("iPhone");
        assertThat(SplitCapitalisedRuns.split("ZTE Corporation")).isEqualTo("ZTE Corporation");
        assertThat(SplitCapitalisedRuns.split("Huawei Technologies Co., Ltd.")).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(SplitCapitalisedRuns.split("HuaweiS")).isEqualTo("HuaweiS");
        assertThat(SplitCapitalisedRuns.hasRunTogetherWords("Samsung Electronics")).isFalse();
    }

    @Property
    void splittingOnlyAddsSpacesAndIsIdempotent(@ForAll String name) {
        String once = SplitCapitalisedRuns.split(name);
        assertThat(once.replace(" ", "")).isEqualTo(name.replace(" ", ""));
        assertThat(SplitCapitalisedRuns.split(once)).isEqualTo(once);
    }
}
