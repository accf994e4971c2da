package jp.renkei.counseling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import tools.jackson.databind.node.ObjectNode;

/** What the browser sends when one of the plain buttons drawn as HTML ({@link ButtonsClicked}) is clicked. */
final class BrowserClicks {

    private BrowserClicks() {
    }

    static void click(Component group, String dataName, String value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ButtonsClicked.eventData(dataName), value);
        Element element = group.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
    }

    /** Clicks the time drawn at {@code index} in the chosen day's list. */
    static void pickTime(TimeList times, int index) {
        click(times, "slot", String.valueOf(index));
    }
}
