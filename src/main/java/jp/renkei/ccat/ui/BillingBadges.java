package jp.renkei.ccat.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import jp.renkei.ccat.billing.BillingStatus;

/** A billing status as coloured text (Lumo's colours), the same in the list and on the test page. */
final class BillingBadges {

    private BillingBadges() {
    }

    static Span status(BillingStatus status, Component translator) {
        Span badge = new Span(translator.getTranslation(status.messageKey()));
        badge.getStyle().set("font-weight", "600").set("color", switch (status) {
            case CLAIMABLE -> "var(--lumo-success-text-color)";
            case CLAIMED -> "var(--lumo-body-text-color)";
            case AT_RISK -> "var(--lumo-error-text-color)";
            case NOT_CLAIMABLE -> "var(--lumo-secondary-text-color)";
        });
        return badge;
    }
}
