package jp.renkei.infrastructure.operations;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/** Counts the Vaadin sessions and UIs this node holds, as Vaadin opens and closes them. */
@Component
class VaadinActivity implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(opened -> sessions.incrementAndGet());
        service.addSessionDestroyListener(closed -> sessions.decrementAndGet());
        service.addUIInitListener(opened -> {
            uis.incrementAndGet();
            opened.getUI().addDetachListener(closed -> uis.decrementAndGet());
        });
    }

    int sessions() {
        return sessions.get();
    }

    int uis() {
        return uis.get();
    }
}
