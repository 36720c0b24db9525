package vn.theodoi.access;

import java.io.IOException;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Account changes act on the next request of every web session: each request of a logged-in
 * session reads the account's security stamp (one primary-key lookup) and compares it with the
 * stamp the session's principal was built from. When they differ, the account is read again: a
 * disabled account, a changed password or ended sessions log the session out; any other change
 * (roles, clearance, organization, name) replaces the principal in the session, so the request
 * already runs with the new account. Sessions are in the database, so this holds whichever node
 * serves the request. Bearer tokens read the account on every request anyway.
 */
class AccountChanges extends OncePerRequestFilter {

    static final String ENDED = "/login?ended";

    private final JdbcTemplate jdbc;
    private final Users users;
    private final HttpSessionSecurityContextRepository sessions;

    AccountChanges(JdbcTemplate jdbc, Users users, HttpSessionSecurityContextRepository sessions) {
        this.jdbc = jdbc;
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof ApiTokenAuthentication
                || !(authentication.getPrincipal() instanceof TheodoiUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Long stamp = jdbc.query("select security_stamp from app_user where id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, user.id());
        if (stamp != null && stamp == user.securityStamp()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TheodoiUser> current = stamp == null ? Optional.empty() : users.currentPrincipal(user);
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + ENDED);
            }
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
                current.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
