package jp.renkei.identity;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;

import jp.renkei.identity.internal.RenkeiUserDetails;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.audit.AuditEvent;

/**
 * A person who works for two hospitals acts for one at a time; switching is explicit, audited and changes
 * the roles (and so the screens) they have.
 */
@Service
public class ActiveHospitalSwitch {

    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy securityContext;
    private final ApplicationEventPublisher events;
    private final HttpSessionSecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    ActiveHospitalSwitch(CurrentUser currentUser, SecurityContextHolderStrategy securityContext,
            ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.securityContext = securityContext;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public void switchTo(HospitalId hospital) {
        SignedInUser user = currentUser.require();
        if (!user.hospitals().contains(hospital)) {
            throw new AccessDeniedException("Not a member of hospital " + hospital.value());
        }
        SignedInUser switched = user.actingFor(hospital);
        RenkeiUserDetails principal = new RenkeiUserDetails(switched, null, true);
        // the roles change with the hospital; the factors proven at sign-in stay
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        securityContext.getContext().getAuthentication().getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        securityContext.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            sessionRepository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), hospital, "ACTIVE_HOSPITAL_SWITCHED",
                "hospital:" + hospital.value(), null));
    }
}
