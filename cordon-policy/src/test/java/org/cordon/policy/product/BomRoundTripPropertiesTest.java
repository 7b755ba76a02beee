package org.cordon.policy.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any tree written as CycloneDX JSON, nested, under metadata or as a dependency graph, reads back the same. */
class BomRoundTripPropertiesTest {

    private final CycloneDxBomReader reader = new CycloneDxBomReader();

    @Property(tries = 150)
    void aTreeReadsBackAsWritten(@ForAll("trees") BomComponent top, @ForAll BomJson.Shape shape) throws Exception {
        List<BomComponent> read = reader.read(BomJson.write(top, shape));

        assertThat(read).containsExactly(top);
    }

    @Property(tries = 40)
    void aTreeReadsBackAsWrittenFromText(@ForAll("trees") BomComponent top, @ForAll BomJson.Shape shape) throws Exception {
        assertThat(reader.read(BomJson.write(top, shape).toString())).containsExactly(top);
    }

    @Provide
    Arbitrary<BomComponent> trees() {
        return Arbitraries.integers().between(0, CycloneDxBomReader.MAX_DEPTH - 1).flatMap(this::tree);
    }

    /** A tree exactly {@code depth} levels below its top: one spine that deep, and a few shallow side parts. */
    private Arbitrary<BomComponent> tree(int depth) {
        if (depth == 0) {
            return component(Arbitraries.just(List.of()));
        }
        Arbitrary<List<BomComponent>> sides = tree(Math.min(depth - 1, 1)).list().ofMaxSize(2);
        Arbitrary<List<BomComponent>> children = Combinators.combine(tree(depth - 1), sides,
                Arbitraries.integers().between(0, 2)).as((spine, side, at) -> {
                    List<BomComponent> all = new ArrayList<>(side);
                    all.add(Math.min(at, all.size()), spine);
                    return all;
                });
        return component(children);
    }

    private Arbitrary<BomComponent> component(Arbitrary<List<BomComponent>> children) {
        Arbitrary<String> name = text().filter(s -> !s.isBlank());
        Arbitrary<String> optional = Arbitraries.oneOf(Arbitraries.just(""), text());
        Arbitrary<String> type = Arbitraries.of("", "device", "firmware", "library", "application", "operating-system",
                "device-driver", "platform", "file");
        Arbitrary<Map<String, List<String>>> properties = Arbitraries.maps(text().filter(s -> !s.isEmpty()),
                text().list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(3);
        Arbitrary<String[]> who = optional.array(String[].class).ofSize(7);
        return Combinators.combine(name, who, type, children, properties).as((n, w, t, c, p) ->
                new BomComponent(n, w[0], w[1], w[2], w[3], w[4], w[5], w[6], t, c, p));
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(' ', '.', ',', '-', '@', '/')
                .ofMaxLength(20);
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, plain),
                net.jqwik.api.Tuple.of(1, anyText),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("Zhejiang Dahua Technology Co., Ltd.", "华为技术有限公司", "ZTE")));
    }
}
