package org.tutela.app.security.web;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.tutela.app.security.Accounts;
import org.tutela.app.security.Role;
import org.tutela.storage.security.Account;

/** Checks a login (form or HTTP Basic) against the stored accounts: password, second factor, lockout. */
public final class AccountAuthentication implements AuthenticationProvider {
    /** The only thing a refused login learns: no hint whether the name, the password, the code or a lock was wrong. */
    static final String REFUSED = "login refused: wrong name, password or code, or too many failed attempts (wait and retry)";
    private final Accounts accounts;
    private final RateLimits limits;

    public AccountAuthentication(Accounts accounts, RateLimits limits) {
        this.accounts = accounts;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Optional<String> code = authentication.getDetails() instanceof LoginDetails d ? d.code() : Optional.empty();
        String client = authentication.getDetails() instanceof LoginDetails d ? d.getRemoteAddress() : "unknown";
        Object credentials = authentication.getCredentials();
        Accounts.Login login = accounts.login(authentication.getName(), credentials == null ? null : credentials.toString(), code, client);
        if (login instanceof Accounts.Login.Accepted accepted) {
            Account account = accepted.account();
            Role role = Role.parse(account.role());
            TutelaUser user = new TutelaUser(account.name(), role, account.compartments(), account.sessionEpoch());
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
            token.setDetails(authentication.getDetails());
            return token;
        }
        limits.failed(authentication.getName(), client);
        throw new BadCredentialsException(REFUSED);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
