package vn.theodoi.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated person as every module sees them. */
public final class TheodoiUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String fullName;
    private String passwordHash;
    private final Set<Role> roles;
    private final Long organizationId;
    private final String organizationCode;
    private final String organizationName;
    private final String provinceCode;
    private final Clearance clearance;
    private final boolean enabled;
    private final boolean locked;
    private final long securityStamp;
    private final java.time.Instant passwordChangedAt;

    TheodoiUser(UserAccount account, String organizationCode, String organizationName, String provinceCode,
            boolean locked) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.fullName = account.getFullName();
        this.passwordHash = account.getPasswordHash();
        this.roles = account.getRoles();
        this.organizationId = account.getOrganizationId();
        this.organizationCode = organizationCode;
        this.organizationName = organizationName;
        this.provinceCode = provinceCode;
        this.clearance = account.getClearance();
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.securityStamp = account.getSecurityStamp();
        this.passwordChangedAt = account.getPasswordChangedAt();
    }

    /** The person behind the current request, if one is authenticated. */
    public static Optional<TheodoiUser> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TheodoiUser user ? Optional.of(user) : Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long id() { return id; }
    public String fullName() { return fullName; }
    public Set<Role> roles() { return roles; }
    public Long organizationId() { return organizationId; }
    public String organizationCode() { return organizationCode; }
    public String organizationName() { return organizationName; }
    public String provinceCode() { return provinceCode; }
    public Clearance clearance() { return clearance; }
    /** The account's security stamp when this principal was built. */
    long securityStamp() { return securityStamp; }
    java.time.Instant passwordChangedAt() { return passwordChangedAt; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TheodoiUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "TheodoiUser[" + username + "]";
    }
}
