package org.cordon.policy.transaction;

/**
 * What each type of transaction must state to be decided at all. A procurement without a buyer, or a technology
 * release without the person, could only be allowed by default, which is the one outcome Cordon never guesses.
 */
final class TransactionRequirements {

    private final Transaction t;

    TransactionRequirements(Transaction t) {
        this.t = t;
    }

    void check() {
        switch (t.type()) {
            case PROCUREMENT -> {
                need(t.buyer().isPresent(), "buyer", "the agency or company buying");
                need(t.seller().isPresent() || !t.items().isEmpty(), "items", "what is bought (items), or from whom (seller)");
            }
            case CONTRACTOR_REPRESENTATION -> {
                need(t.seller().isPresent(), "seller", "the offeror making the representation");
                need(t.representation().isPresent(), "representation", "the offeror's answers: provides and uses");
            }
            case SUBSIDIZED_PURCHASE -> {
                need(t.funding().isPresent(), "funding", "where the money comes from (usf, grant...)");
                need(t.seller().isPresent() || !t.items().isEmpty(), "items", "what is bought (items), or from whom (seller)");
            }
            case EXPORT -> need(t.buyer().isPresent() || t.endUser().isPresent(), "endUser",
                    "who receives the items (endUser or buyer)");
            case RETAIL_SALE -> {
                need(!t.venue().isEmpty(), "venue", "where the sale happens (military-exchange, ...)");
                need(!t.items().isEmpty(), "items", "what is sold");
            }
            case DEVICE_CHECK -> need(!t.items().isEmpty(), "items", "the device: an imei, or its manufacturer or brand");
            case TECHNOLOGY_RELEASE -> {
                need(t.person().isPresent(), "person", "who receives the technology");
                need(t.technology().isPresent(), "technology", "what is released: its eccn");
                t.person().ifPresent(p -> need(p.usPerson() || p.protectedIndividual() || !p.citizenships().isEmpty()
                        || p.permanentResidence().isPresent() || p.mostRecentCountry().isPresent(), "person.citizenships",
                        "the person's countries of citizenship (or usPerson: true)"));
            }
            case INVESTMENT -> {
                need(t.buyer().isPresent(), "buyer", "the acquirer");
                need(t.seller().isPresent(), "seller", "the business invested in");
                need(t.investment().isPresent(), "investment", "the share, control and critical-technology facts");
            }
        }
    }

    private void need(boolean present, String field, String what) {
        if (!present) {
            throw new TransactionException(field, "is required for a " + t.type().wire() + " transaction: " + what);
        }
    }
}
