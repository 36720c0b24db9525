package vn.theodoi.access;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A request authenticated by a bearer token: the person is read afresh from the database on each
 * request, so it never needs the web session's account-change check.
 */
final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

    private static final long serialVersionUID = 1L;

    ApiTokenAuthentication(TheodoiUser user) {
        super(user, null, user.getAuthorities());
    }
}
