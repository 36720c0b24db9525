package vn.theodoi.access;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditNames;

/** People by their full names on the audit page, as actors and as the users a line is about. */
@Component
@Transactional(readOnly = true)
class AccessAuditNames implements AuditNames {

    private final UserAccountRepository accounts;

    AccessAuditNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, String> personNames(Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : accounts.findByUsernameIn(usernames).stream()
                .filter(a -> a.getFullName() != null)
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName, (a, b) -> a));
    }

    @Override
    public Map<String, String> targetNames(String targetType, Collection<String> targetIds) {
        return "USER".equals(targetType) ? personNames(targetIds) : Map.of();
    }
}
