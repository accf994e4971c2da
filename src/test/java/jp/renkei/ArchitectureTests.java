package jp.renkei;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;

import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

import jp.renkei.shared.tenant.HospitalOwnedEntity;
import jp.renkei.shared.tenant.SharedByTwoHospitalsEntity;

/**
 * Security and tenant-isolation conventions that the compiler cannot enforce. Production classes only.
 * ArchUnit fails a rule whose "that" part selects nothing, so a rule cannot pass by silently matching nothing.
 */
@AnalyzeClasses(packages = "jp.renkei", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * Entities that are deliberately not tenant-filtered. Each service that reads them restricts reads
     * explicitly. Adding one here is a security decision: say why it is network-level.
     */
    static final Set<String> NETWORK_LEVEL_ENTITIES = Set.of(
            // the tenants themselves
            "jp.renkei.tenancy.Hospital",
            // links between tenants: network-admin data
            "jp.renkei.tenancy.Partnership",
            // one person may work for several hospitals
            "jp.renkei.identity.internal.UserAccount",
            // read at sign-in before a hospital is chosen; StaffAdministration pins every query to the admin's hospital
            "jp.renkei.identity.internal.Membership",
            // network auditors read across hospitals; AuditTrail narrows hospital admins to their own hospital
            "jp.renkei.audit.AuditEntry",
            // the counselor directory (no patient data) that partner hospitals book from; only the counselor edits it
            "jp.renkei.counseling.Counselor",
            // booking id and due time only; the reminder email is built inside the booking hospital's scope
            "jp.renkei.counseling.CounselingReminder");

    private static final String LOGIN_VIEW = "jp.renkei.identity.ui.LoginView";
    private static final String CURRENT_USER = "jp.renkei.identity.CurrentUser";

    // a. Every screen states who may open it --------------------------------------------------------------

    @ArchTest
    static final ArchRule routesDeclareWhoMayOpenThem = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .because("Vaadin denies a route without an access annotation, and a screen's audience must be a "
                    + "visible decision next to its code rather than a surprise at runtime");

    @ArchTest
    static final ArchRule layoutsDeclareWhoMayOpenThem = classes()
            .that().areAnnotatedWith(Layout.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .because("a layout wraps every screen under it and is access-checked like a route, so it needs "
                    + "the same explicit statement of its audience");

    // b. Only the sign-in page is open to anonymous visitors ------------------------------------------------

    @ArchTest
    static final ArchRule onlyTheLoginViewIsAnonymous = classes()
            .that().areAnnotatedWith(Route.class)
            .and().areAnnotatedWith(AnonymousAllowed.class)
            .should().haveFullyQualifiedName(LOGIN_VIEW)
            .because("the portal handles patient information: apart from the sign-in page, nothing may be "
                    + "reached without signing in");

    // c. Service methods are access-checked -----------------------------------------------------------------

    @ArchTest
    static final ArchRule publicServiceMethodsAreAuthorized = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().areNotAssignableTo(UserDetailsService.class)
            .and().arePublic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and().doNotHaveModifier(JavaModifier.BRIDGE)
            .and().areNotAnnotatedWith(EventListener.class)
            .and().areNotAnnotatedWith(ApplicationModuleListener.class)
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("a hidden button is not a permission check: every call from a screen (or a future API) "
                    + "must be authorized by the service itself; event handlers and the sign-in lookup are "
                    + "called by the framework, not by users");

    // d. Screens talk to services only -----------------------------------------------------------------------

    @ArchTest
    static final ArchRule viewsNeverTouchRepositoriesOrEntities = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("screens go through the @PreAuthorize'd services, which check roles, pin the hospital and "
                    + "audit; a repository or a managed entity in a view would bypass all three");

    // e. Tenant isolation -------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule entitiesCarryTheHospitalId = classes()
            .that().areAnnotatedWith(Entity.class)
            .should(carryTheHospitalIdOrBeDeclaredNetworkLevel())
            .because("the tenant filter and HospitalScopeGuard only protect entities that extend "
                    + "HospitalOwnedEntity or SharedByTwoHospitalsEntity; any other table is readable across "
                    + "hospitals and must be a deliberate, documented exception");

    @ArchTest
    static void networkLevelAllowListNamesExistingEntities(JavaClasses classes) {
        for (String name : NETWORK_LEVEL_ENTITIES) {
            assertThat(classes.contain(name))
                    .as("allow-listed network-level entity %s exists (remove stale entries)", name)
                    .isTrue();
            assertThat(classes.get(name).isAnnotatedWith(Entity.class))
                    .as("allow-listed %s is an @Entity", name)
                    .isTrue();
        }
    }

    @ArchTest
    static final ArchRule onlyCurrentUserReadsTheSecurityContextHolder = noClasses()
            .that().doNotHaveFullyQualifiedName(CURRENT_USER)
            .should().callMethodWhere(describe("target is declared in SecurityContextHolder (whose methods are all static)",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(SecurityContextHolder.class)))
            .because("the static holder ignores Vaadin's session-aware strategy and spreads security lookups "
                    + "around; CurrentUser is the one place that reads the context (code that must write it, "
                    + "like ActiveHospitalSwitch, injects the SecurityContextHolderStrategy)");

    // g. Time comes from the application's clock ----------------------------------------------------------------

    private static final Set<Class<?>> TIME_TYPES = Set.of(java.time.Instant.class, java.time.LocalDate.class,
            java.time.LocalDateTime.class, java.time.LocalTime.class, java.time.ZonedDateTime.class,
            java.time.OffsetDateTime.class, java.time.YearMonth.class, java.time.Year.class);

    @ArchTest
    static final ArchRule nowComesFromTheApplicationClock = noClasses()
            .that().doNotHaveFullyQualifiedName("jp.renkei.shared.ClockConfiguration")
            .should().callMethodWhere(describe("it reads the system clock (now() without a Clock, Clock.system…, "
                    + "System.currentTimeMillis)", (JavaMethodCall call) -> readsSystemClock(call)))
            .because("a test fixes the application's Clock to run at 00:30 or 23:30; code that asks the system "
                    + "for the time instead passes at 10:00 and fails at night");

    private static boolean readsSystemClock(JavaMethodCall call) {
        String name = call.getName();
        var owner = call.getTargetOwner();
        boolean nowWithoutClock = name.equals("now") && TIME_TYPES.stream().anyMatch(owner::isEquivalentTo)
                && call.getTarget().getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(java.time.Clock.class));
        boolean systemClock = owner.isEquivalentTo(java.time.Clock.class)
                && (name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system"));
        boolean millis = owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
        return nowWithoutClock || systemClock || millis;
    }

    // f. Repositories stay inside their module ----------------------------------------------------------------

    @ArchTest
    static final ArchRule repositoriesAreNotPublicOutsideInternalPackages = classes()
            .that().areInterfaces()
            .and().areAssignableTo(Repository.class)
            .and().resideOutsideOfPackage("..internal..")
            .should().notBePublic()
            .because("a public repository in a module's API package would let other modules (and screens) "
                    + "read tables past the service's authorization and hospital checks; only module-internal "
                    + "packages, which Spring Modulith closes to other modules, may expose them to siblings");

    private static ArchCondition<JavaClass> carryTheHospitalIdOrBeDeclaredNetworkLevel() {
        return new ArchCondition<>("extend HospitalOwnedEntity or SharedByTwoHospitalsEntity, "
                + "or be declared network-level") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                boolean hospitalOwned = entity.isAssignableTo(HospitalOwnedEntity.class);
                boolean shared = entity.isAssignableTo(SharedByTwoHospitalsEntity.class);
                boolean networkLevel = NETWORK_LEVEL_ENTITIES.contains(entity.getFullName());
                String message = hospitalOwned ? entity.getName() + " is a HospitalOwnedEntity"
                        : shared ? entity.getName() + " is a SharedByTwoHospitalsEntity"
                        : networkLevel ? entity.getName() + " is a declared network-level entity"
                        : entity.getName() + " is an @Entity without a hospital id: extend HospitalOwnedEntity "
                                + "or SharedByTwoHospitalsEntity, or add it to NETWORK_LEVEL_ENTITIES with a reason";
                events.add(new SimpleConditionEvent(entity, hospitalOwned || shared || networkLevel, message));
            }
        };
    }
}
