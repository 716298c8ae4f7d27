package dev.errorcatalog.example.web.accounts;

import dev.errorcatalog.upstream.AuthUserException;
import dev.errorcatalog.upstream.KycException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The accounts of the demo, in memory. Three are there from the start:
 * {@code alice} (KYC approved, 1000.00 USD), {@code bob} (no KYC yet) and {@code carol}
 * (KYC approved but under a request for information); more are opened with {@code POST /accounts}.
 */
@Component
public class Accounts {

    /** What a new account starts with: this is a demo. */
    public static final BigDecimal WELCOME_BALANCE = new BigDecimal("1000.00");

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1001);

    public Accounts() {
        put(new Account("alice", WELCOME_BALANCE)).approveKyc("Alice Example", "alice@example.com");
        put(new Account("bob", WELCOME_BALANCE));
        Account carol = put(new Account("carol", WELCOME_BALANCE));
        carol.approveKyc("Carol Example", "carol@example.com");
        carol.openRfi();
    }

    private Account put(Account account) {
        accounts.put(account.id(), account);
        return account;
    }

    public Account open() {
        return put(new Account("acc-" + next.getAndIncrement(), WELCOME_BALANCE));
    }

    /**
     * The account with this id.
     *
     * @throws AuthUserException {@code 916001 USER_NOT_FOUND} (404) if there is none
     */
    public Account get(String id) {
        Account account = accounts.get(id);
        if (account == null) {
            throw AuthUserException.userNotFound();
        }
        return account;
    }

    /**
     * Approves a KYC application; the caller checked that it is complete.
     *
     * @throws KycException {@code 303104 APPLICATION_ALREADY_SUBMITTED} (409) if the account has one,
     *     {@code 303112 ACCOUNT_EMAIL_OCCUPIED} (409) if another account has the email
     */
    public synchronized void approveKyc(Account account, String fullName, String email) {
        if (account.kycStatus() != KycStatus.NOT_SUBMITTED) {
            throw KycException.applicationAlreadySubmitted();
        }
        boolean occupied = accounts.values().stream()
                .anyMatch(other -> other != account && email.equalsIgnoreCase(other.email()));
        if (occupied) {
            throw KycException.accountEmailOccupied();
        }
        account.approveKyc(fullName, email);
    }
}
