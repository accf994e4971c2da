package jp.renkei.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

/** The two look-ups Vaadin repeats per request are asked of Vaadin once; every other one each time. */
class RememberedServiceLookupsTest {

    /** Vaadin's look-up as far as these tests need it: counts what it is asked. */
    static final class CountingLookup implements Lookup {
        final List<Class<?>> asked = new ArrayList<>();
        final VaadinRolePrefixHolder prefix = new VaadinRolePrefixHolder("ROLE_");

        @Override
        public <T> T lookup(Class<T> type) {
            asked.add(type);
            return type == VaadinRolePrefixHolder.class ? type.cast(prefix) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> type) {
            asked.add(type);
            return List.of();
        }
    }

    @Test
    void rememberedAnswersIncludingNoAnswerComeFromMemoryOthersFromVaadin() {
        MockServletContext servlets = new MockServletContext();
        CountingLookup vaadins = new CountingLookup();
        servlets.setAttribute(Lookup.class.getName(), vaadins);

        RememberedServiceLookups.install(servlets);
        RememberedServiceLookups.install(servlets); // a second Vaadin service in the same context: not wrapped twice
        Lookup installed = (Lookup) servlets.getAttribute(Lookup.class.getName());
        for (int request = 0; request < 3; request++) {
            assertThat(installed.lookup(VaadinRolePrefixHolder.class)).isSameAs(vaadins.prefix);
            assertThat(installed.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
            installed.lookup(String.class);
        }

        assertThat(vaadins.asked).containsExactly(VaadinRolePrefixHolder.class,
                DeprecatedPolymerPublishedEventHandler.class, String.class, String.class, String.class);
    }

    @Test
    void withoutVaadinsLookupNothingIsInstalled() {
        MockServletContext servlets = new MockServletContext();

        RememberedServiceLookups.install(servlets);

        assertThat(servlets.getAttribute(Lookup.class.getName())).isNull();
    }
}
