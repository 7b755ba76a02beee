package org.cordon.policy;

import org.cordon.policy.decision.DecisionJson;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() {
        System.out.println(DecisionJson.write(BundledDecisions.decisions().check("""
            {"type": "procurement", "date": "2020-03-01", "use": "government-facility-security",
             "buyer": {"name": "Department of the Army", "kind": "federal-agency", "country": "US"},
             "seller": {"name": "Acme Security Supply", "kind": "company", "country": "US"},
             "items": [{"description": "IP camera", "manufacturer": "Hangzhou Hikvision Digital Technology Co., Ltd.", "model": "DS-2CD2143G0-I"}]}
            """)));
    }
}
