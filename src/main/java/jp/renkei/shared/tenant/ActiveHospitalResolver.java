package jp.renkei.shared.tenant;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Supplies the tenant filter's parameter; Hibernate obtains it from Spring through its bean container. */
@Component
public class ActiveHospitalResolver implements Supplier<Long> {

    // Looked up per call: Hibernate creates this while building the EntityManagerFactory, before the
    // context implementation (which itself needs repositories) can exist.
    private final ObjectProvider<HospitalContext> context;

    ActiveHospitalResolver(ObjectProvider<HospitalContext> context) {
        this.context = context;
    }

    @Override
    public Long get() {
        return context.getObject().require().value();
    }
}
