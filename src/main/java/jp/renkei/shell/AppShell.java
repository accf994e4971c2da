package jp.renkei.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo plus our plain CSS from frontend/styles (served statically, no Node build), and
 * server push so open screens refresh when someone at the other hospital acts (see shared.live.LiveUpdates).
 * Push's WebSocket carries only the server's messages; the browser's go by XHR, which lets each socket keep small
 * receive buffers (PushSocketBuffers).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/renkei.css")
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {
}
