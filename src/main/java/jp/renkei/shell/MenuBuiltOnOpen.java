package jp.renkei.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.ContextMenuPosition;
import com.vaadin.flow.function.SerializableConsumer;

import tools.jackson.databind.node.ObjectNode;

/**
 * A menu opened by clicking its target (mouse, Enter or Space), whose items are built the first time it opens: a
 * {@code MenuBar} sends and keeps every item and sub-menu as components in every open page, for a menu most pages
 * never open. Until then the menu is not in the page at all; it is added when opened.
 */
final class MenuBuiltOnOpen extends ContextMenu {

    private SerializableConsumer<ContextMenu> items;

    MenuBuiltOnOpen(Component target, SerializableConsumer<ContextMenu> items) {
        super(target);
        this.items = items;
        setOpenOnClick(true);
        setPosition(ContextMenuPosition.BOTTOM_END);
        // what a menu button announces to screen readers (the menu bar it replaced did the same)
        target.getElement().setAttribute("aria-expanded", "false");
        addOpenedChangeListener(e -> target.getElement().setAttribute("aria-expanded", String.valueOf(e.isOpened())));
    }

    @Override
    protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
        if (items != null) {
            items.accept(this);
            items = null;
        }
        return true;
    }
}
