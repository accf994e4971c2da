package jp.renkei.infrastructure.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import org.springframework.stereotype.Component;

/**
 * Vaadin looks two services up again at every request that needs them: the role-prefix holder at each navigation
 * (its access check) and the Polymer event handler at each published client event (a grid's scrolling, for one).
 * Its Spring lookup caches only Vaadin's own default services, so each of these asks the application context for
 * beans and then reads every {@code META-INF/services} file through the packaged jar (3–4 % of the portal's CPU
 * under load, "Load" in performance.md). What these two answer cannot change while the application runs (a singleton
 * bean, or nothing), so the first answer is kept; every other service is looked up as Vaadin does.
 */
@Component
class RememberedVaadinLookups implements VaadinServiceInitListener {

    private static final Set<Class<?>> UNCHANGING = Set.of(VaadinRolePrefixHolder.class,
            DeprecatedPolymerPublishedEventHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup vaadins = context.getAttribute(Lookup.class);
        if (vaadins != null && !(vaadins instanceof Remembering)) {
            context.setAttribute(Lookup.class, new Remembering(vaadins));
        }
    }

    private static final class Remembering implements Lookup {

        private final Lookup vaadins;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        private Remembering(Lookup vaadins) {
            this.vaadins = vaadins;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!UNCHANGING.contains(serviceClass)) {
                return vaadins.lookup(serviceClass);
            }
            return serviceClass.cast(answers.computeIfAbsent(serviceClass,
                    type -> Optional.ofNullable(vaadins.lookup(type))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return vaadins.lookupAll(serviceClass);
        }
    }
}
