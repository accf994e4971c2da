package jp.renkei.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import org.junit.jupiter.api.Test;

class RememberedVaadinLookupsTest {

    @Test
    void theTwoServicesVaadinAsksForAtEveryNavigationAndEventAreLookedUpOnceAndEverythingElseEveryTime() {
        VaadinRolePrefixHolder holder = new VaadinRolePrefixHolder("ROLE_");
        CountingLookup vaadins = new CountingLookup(holder);
        VaadinContext context = new AttributesOnly();
        context.setAttribute(Lookup.class, vaadins);

        new RememberedVaadinLookups().serviceInit(new ServiceInitEvent(serviceWith(context)));
        Lookup lookup = context.getAttribute(Lookup.class);
        for (int i = 0; i < 3; i++) {
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(holder);
            assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
            assertThat(lookup.lookup(String.class)).isNull();
        }

        assertThat(vaadins.asked).hasValue(2 + 3);
    }

    private static VaadinService serviceWith(VaadinContext context) {
        return new VaadinServletService() {
            @Override
            public VaadinContext getContext() {
                return context;
            }
        };
    }

    /** A servlet context's attributes, which is all the listener touches. */
    private static final class AttributesOnly implements VaadinContext {
        private final Map<Class<?>, Object> attributes = new HashMap<>();

        @Override
        public <T> T getAttribute(Class<T> type, Supplier<T> defaultValueSupplier) {
            return type.cast(attributes.get(type));
        }

        @Override
        public <T> void setAttribute(Class<T> clazz, T value) {
            attributes.put(clazz, value);
        }

        @Override
        public void removeAttribute(Class<?> clazz) {
            attributes.remove(clazz);
        }

        @Override
        public Enumeration<String> getContextParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String getContextParameter(String name) {
            return null;
        }
    }

    private static final class CountingLookup implements Lookup {
        final AtomicInteger asked = new AtomicInteger();
        final VaadinRolePrefixHolder holder;

        CountingLookup(VaadinRolePrefixHolder holder) {
            this.holder = holder;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.incrementAndGet();
            return serviceClass == VaadinRolePrefixHolder.class ? serviceClass.cast(holder) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return List.of();
        }
    }
}
