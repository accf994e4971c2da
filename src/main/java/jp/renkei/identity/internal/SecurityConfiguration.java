package jp.renkei.identity.internal;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import jp.renkei.identity.SecondFactor;
import jp.renkei.identity.SessionSettings;
import jp.renkei.identity.ui.LoginView;
import jp.renkei.shared.Role;

@Configuration
@EnableWebSecurity
// Service methods are guarded by @PreAuthorize only. The views' @RolesAllowed/@PermitAll are checked by Vaadin's
// navigation access control before a view is made; JSR-250 method security on top of it made every view (and the
// layout) a CGLIB proxy, built and matched against every advisor at each navigation: about a quarter of the
// portal's CPU under load (JFR, performance.md "Profile of the load, session 7").
@EnableMethodSecurity
// Every "authenticated"/role rule, on URLs and on service methods alike, requires both factors; only the second
// factor's own page and service methods ask for the password alone (SignInStage).
@EnableMultiFactorAuthentication(authorities = { FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactor.AUTHORITY })
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            JdbcClient jdbc, SecurityContextHolderStrategy securityContext, SecondFactorStep secondFactor, PasskeyStep passkeys,
            SessionSettings sessions, Clock clock, SignOutEverywhere signOutEverywhere, ApplicationEventPublisher events)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Metrics (and whatever else the actuator exposes) are for network admins only
                .requestMatchers("/actuator/**").hasRole(Role.Names.NETWORK_ADMIN)
                .requestMatchers("/styles/**", "/images/**").permitAll()
                .requestMatchers(SecondFactorStep.PATH)
                .access(AuthorityAuthorizationManager.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))
                .requestMatchers(HttpMethod.POST, PasskeyStep.SIGN_IN_PATHS)
                .access(AuthorityAuthorizationManager.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        // After the password, any page sends the person to the second step until they pass it.
        http.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                new LoginUrlAuthenticationEntryPoint(SecondFactorStep.PATH), SecondFactor.AUTHORITY));
        http.addFilterAfter(secondFactor.filter(), UsernamePasswordAuthenticationFilter.class);
        passkeys.filters().forEach(filter -> http.addFilterAfter(filter, AuthorizationFilter.class));
        // Referrer-Policy, CSP and the other page headers come from infrastructure/web/SecurityHeaders, for every
        // response alike
        // Signed-in requests for paths that are no Vaadin route reach the router, which shows the portal's
        // not-found page in the layout; Vaadin's default (denyAll) answered them with a bare 403.
        http.addFilterAfter(new SessionSignOut(jdbc, securityContext, sessions, clock,
                vaadinRequests::isFrameworkInternalRequest, events), SecurityContextHolderFilter.class);
        http.logout(logout -> logout.addLogoutHandler(signOutEverywhere));
        // Vaadin exempts its own requests (they carry Vaadin's security key) and also the login POST from the
        // CSRF check; the login form sends the token from the page's meta tags, so only the former stay exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(url -> url.authenticated())).build();
    }

    /**
     * No Micrometer observations of Spring Security's filters, authentications and authorizations: each request
     * went through one observation per filter and per guarded service call (about 3 % of the portal's CPU under
     * load, performance.md "Profile of the load, session 7") and nothing reads them; the request metric
     * http.server.requests comes from Spring's own observation filter and stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The one way to sign in: the form's user name and password, refused while its address is throttled. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInAttempts attempts) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, attempts);
    }

    /**
     * Argon2id for new hashes (libargon2, or Spring's Java implementation where it cannot load: the same strings);
     * the "{id}" prefix lets us move to a stronger setting without a reset.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2, Map.of(argon2, new Argon2idPasswordEncoder()));
    }
}
