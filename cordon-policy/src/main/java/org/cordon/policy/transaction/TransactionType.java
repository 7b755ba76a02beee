package org.cordon.policy.transaction;

/** What is being done; programs say which types they govern. */
public enum TransactionType {
    PROCUREMENT, CONTRACTOR_REPRESENTATION, SUBSIDIZED_PURCHASE, EXPORT, RETAIL_SALE, DEVICE_CHECK,
    TECHNOLOGY_RELEASE, INVESTMENT;

    public String wire() {
        return WireName.of(this);
    }
}
