package jp.renkei.counseling.ui;

import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * One click listener for a group of plain {@code <button data-NAME="…">} drawn as HTML into one element: it is
 * told the clicked button's {@code data-NAME}. A Vaadin button per item is a state node with its own listener,
 * theme and style maps; the booking page drew dozens of them per open tab (performance.md, "Memory per UI").
 */
final class ButtonsClicked {

    private ButtonsClicked() {
    }

    /** What the browser sends with each click: the clicked button's {@code data-NAME}, or nothing between them. */
    static String eventData(String name) {
        return "event.target.closest('button[data-" + name + "]')?.dataset." + name + " ?? ''";
    }

    static void listen(Element group, String name, Consumer<String> onValue) {
        String clicked = eventData(name);
        group.addEventListener("click", event -> {
            JsonNode value = event.getEventData().get(clicked);
            if (value != null && value.isString() && !value.stringValue().isEmpty()) {
                onValue.accept(value.stringValue());
            }
        }).addEventData(clicked);
    }
}
