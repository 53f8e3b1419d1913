package org.w3id.apecdekg.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.w3id.apecdekg.DekgProperties;

/**
 * The access rules. Public: everything that reads. Editor: {@code /update}, writes to
 * {@code /data}, {@code POST /api/reports}, {@code POST /api/imports} and any other non-GET under
 * {@code /api/}. Admin: {@code /admin/**}. Credentials: HTTP Basic, API keys, or a browser session
 * started at {@code /api/session}, whose writes need its CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    Credentials credentials(DekgProperties properties) {
        return Credentials.from(properties.getSecurity());
    }

    @Bean
    UserDetailsService userDetailsService(Credentials credentials) {
        return credentials.users();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * With Spring Security's observations switched off ({@code management.observations.enable.spring.security=false},
     * the default in {@code application.properties}), its filter chain, authentication and authorization are
     * not wrapped for observation at all; the property alone leaves the wrappers in every request, as no-ops.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Roles.HIERARCHY);
    }

    @Bean
    SessionSupport sessionSupport(UserDetailsService users, PasswordEncoder encoder) {
        return new SessionSupport(users, encoder);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Credentials credentials, SessionSupport sessions)
            throws Exception {
        JsonErrors errors = new JsonErrors(credentials.none());
        // Sessions exist only after a browser signs in at /api/session; the filters never create one.
        // A write made with a session's cookie must carry the session's CSRF token (X-CSRF-TOKEN).
        http.csrf(c -> c.csrfTokenRepository(sessions.csrfTokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(sessions.needsCsrfToken()))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(h -> h.frameOptions(f -> f.disable()).cacheControl(c -> c.disable()))
                .httpBasic(b -> b.realmName("apec-dekg").authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .addFilterBefore(new ApiKeyAuthenticationFilter(credentials.apiKeys(), errors),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/update", "/update/**").hasRole(Roles.EDITOR)
                        .requestMatchers(HttpMethod.GET, "/data", "/data/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/data", "/data/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/data", "/data/**").permitAll()
                        .requestMatchers("/data", "/data/**").hasRole(Roles.EDITOR)
                        .requestMatchers(SessionController.PATH).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .requestMatchers("/api/**").hasRole(Roles.EDITOR)
                        .anyRequest().permitAll());
        return http.build();
    }
}
