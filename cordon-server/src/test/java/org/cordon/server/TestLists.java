package org.cordon.server;

/** A small curated list, "test-watch", in the versions the tests of several modules import. */
public final class TestLists {

    private TestLists() {}

    /**
     * @param zephyrAlias an alias of Zephyr Orbital Systems Ltd. (a way to change the entry between versions), or ""
     * @param withQuartz whether Quartz Lantern Telecom Co. is listed too (a way to add an entry)
     */
    public static String watchList(int version, String published, String zephyrAlias, boolean withQuartz) {
        String alias = zephyrAlias.isEmpty() ? "" : "\n      - {value: " + zephyrAlias + ", kind: aka}";
        String quartz = !withQuartz ? "" : """
                  - id: quartz
                    type: organization
                    confidence: high
                    names:
                      - {value: Quartz Lantern Telecom Co., kind: primary}
                    country: CN
                    designations:
                      - {program: BIS_ENTITY_LIST, authority: "test designation", listed_on: 2019-01-01}
                """;
        return """
                list:
                  id: test-watch
                  title: Test watch list
                  version: "%d"
                  published: %s
                  publisher: Cordon tests
                entries:
                  - id: zephyr
                    type: organization
                    confidence: high
                    names:
                      - {value: Zephyr Orbital Systems Ltd., kind: primary}%s
                    country: CN
                    designations:
                      - program: BIS_ENTITY_LIST
                        authority: "test designation"
                        listed_on: 2019-01-01
                        licence_requirement: All items subject to the EAR
                        licence_policy: Presumption of denial
                %s""".formatted(version, published, alias, quartz);
    }
}
