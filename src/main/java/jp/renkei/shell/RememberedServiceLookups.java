package jp.renkei.shell;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/**
 * Remembers the answer of two service look-ups that Vaadin repeats on every request of a kind: the role prefix
 * holder at every navigation (its access control) and the Polymer event handler at every call a component's client
 * makes to the server (a grid scrolled, for one). Vaadin's Spring look-up asks the Spring context and also
 * {@link java.util.ServiceLoader}, which reads {@code META-INF/services} of every jar on the class path, each time
 * for any type it does not know as its own: 6 % of the portal's CPU under load, most of it in the packaged jar's
 * nested-jar reads (performance.md, "Profile of the load, session 12"). Both answers are fixed once the portal
 * runs: a singleton bean and the class path's services.
 * <p>
 * Vaadin does not let a second {@link Lookup} be set through its context, so the decorator replaces the servlet
 * context's attribute under the name Vaadin keeps it by; should that name ever change, the portal keeps Vaadin's own
 * look-up and says so in the log.
 */
@Component
public class RememberedServiceLookups implements VaadinServiceInitListener {

    static final Set<Class<?>> REMEMBERED = Set.of(VaadinRolePrefixHolder.class,
            DeprecatedPolymerPublishedEventHandler.class);
    private static final Logger log = LoggerFactory.getLogger(RememberedServiceLookups.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getContext() instanceof VaadinServletContext context) {
            install(context.getContext());
        }
    }

    static void install(ServletContext servlets) {
        Object vaadins = servlets.getAttribute(Lookup.class.getName());
        if (vaadins instanceof Remembering) {
            return;
        }
        if (vaadins instanceof Lookup lookup) {
            servlets.setAttribute(Lookup.class.getName(), new Remembering(lookup, REMEMBERED));
            log.info("Vaadin's look-ups of {} are answered from memory after the first", REMEMBERED.stream()
                    .map(Class::getSimpleName).sorted().toList());
        } else {
            log.warn("Vaadin's service look-up was not found where expected; navigations keep scanning the class path");
        }
    }

    /** Delegates every look-up; answers those of the remembered types from memory after the first. */
    static final class Remembering implements Lookup {

        private final Lookup delegate;
        private final Set<Class<?>> remembered;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Remembering(Lookup delegate, Set<Class<?>> remembered) {
            this.delegate = delegate;
            this.remembered = remembered;
        }

        @Override
        public <T> T lookup(Class<T> type) {
            if (!remembered.contains(type)) {
                return delegate.lookup(type);
            }
            return type.cast(answers.computeIfAbsent(type, t -> Optional.ofNullable(delegate.lookup(t))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            return delegate.lookupAll(type);
        }
    }
}
