package org.cordon.policy.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BomComponentTest {

    private static BomComponent withMakers(String group, String supplier, String manufacturer, String publisher,
                                           String author) {
        return new BomComponent("part", group, "", "", supplier, manufacturer, publisher, author, "device", List.of(),
                Map.of());
    }

    @Test
    void makersComeManufacturerSupplierPublisherAuthorGroup_eachOnce() {
        BomComponent c = withMakers("Acme Holdings", "Acme Trading", "Acme Industrial", "ACME TRADING ", "Bob Smith");

        assertThat(c.makers()).containsExactly("Acme Industrial", "Acme Trading", "Bob Smith", "Acme Holdings");
    }

    @Test
    void aGroupThatIsAPackageNamespaceIsNoMaker() {
        for (String namespace : List.of("com.example", "org.apache.commons", "@scope", "github.com/acme/tool",
                "cn.huawei.iot")) {
            assertThat(withMakers(namespace, "", "", "", "").makers()).as(namespace).isEmpty();
        }
    }

    @Test
    void aGroupThatReadsLikeAnOrganisationIsAMaker() {
        for (String organisation : List.of("Zhejiang Dahua Technology Co., Ltd.", "Hikvision", "ZTE Corporation")) {
            assertThat(withMakers(organisation, "", "", "", "").makers()).as(organisation).containsExactly(organisation);
        }
    }

    @Test
    void blankMakersAreLeftOut() {
        assertThat(withMakers(" ", "", "  ", "", "").makers()).isEmpty();
    }

    @Test
    void isImmutableAndCopiesWhatItIsGiven() {
        List<BomComponent> children = new ArrayList<>(List.of(BomJson.leaf("a")));
        Map<String, List<String>> properties = new HashMap<>(Map.of("p", new ArrayList<>(List.of("1"))));
        BomComponent c = new BomComponent("x", null, null, null, null, null, null, null, null, children, properties);

        children.add(BomJson.leaf("b"));
        properties.get("p").add("2");

        assertThat(c.children()).hasSize(1);
        assertThat(c.properties().get("p")).containsExactly("1");
        assertThat(c.group()).isEmpty();
        assertThatThrownBy(() -> c.children().add(BomJson.leaf("c"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.properties().put("q", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void streamsItselfThenItsPartsDepthFirst() {
        BomComponent a = new BomComponent("a", "", "", "", "", "", "", "", "", List.of(
                new BomComponent("b", "", "", "", "", "", "", "", "", List.of(BomJson.leaf("c")), Map.of()),
                BomJson.leaf("d")), Map.of());

        assertThat(a.stream().map(BomComponent::name)).containsExactly("a", "b", "c", "d");
    }
}
