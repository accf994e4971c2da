package jp.renkei.infrastructure.operations;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The portal's own gauges next to Spring Boot's request timings ({@code http.server.requests}): the event
 * backlog and failed deliveries from the registry (network-wide), open Vaadin sessions and UIs of this node.
 * Exposed under {@code /actuator/metrics}, which only network admins may read.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final EventBacklog backlog;
    private final VaadinActivity activity;

    OperationsMetrics(EventBacklog backlog, VaadinActivity activity) {
        this.backlog = backlog;
        this.activity = activity;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "renkei.events.backlog", "Event publications not yet delivered (all nodes)", backlog::incomplete);
        gauge(registry, "renkei.events.failed", "Event deliveries that failed and wait for a retry (all nodes)", backlog::failed);
        gauge(registry, "renkei.vaadin.sessions", "Open Vaadin sessions on this node", activity::sessions);
        gauge(registry, "renkei.vaadin.uis", "Open Vaadin UIs (browser tabs) on this node", activity::uis);
    }

    private static void gauge(MeterRegistry registry, String name, String description,
            Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }
}
