package dev.errorcatalog.example.web.accounts;

import dev.errorcatalog.upstream.KycException;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts and their KYC application.
 *
 * <pre>
 * POST /accounts                 open an account (201)
 * GET  /accounts/{id}            the account; 916001 USER_NOT_FOUND (404)
 * POST /accounts/{id}/kyc        submit the KYC application {fullName, email, proofOfResidence}
 * </pre>
 */
@RestController
@RequestMapping("/accounts")
public class AccountController {

    /** A KYC application. */
    public record KycApplication(String fullName, String email, String proofOfResidence) {
    }

    // deliberately simple: something@domain.tld, no spaces
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Accounts accounts;

    public AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    public ResponseEntity<Account.View> open() {
        Account account = accounts.open();
        return ResponseEntity.created(URI.create("/accounts/" + account.id())).body(account.view());
    }

    @GetMapping("/{id}")
    public Account.View get(@PathVariable String id) {
        return accounts.get(id).view();
    }

    /**
     * Submits the KYC application; this demo approves a complete one at once.
     *
     * <ul>
     * <li>303104 APPLICATION_ALREADY_SUBMITTED (409): the account has one already
     * <li>303001 INCOMPLETE_APPLICATION (422): no full name or no email
     * <li>303114 INVALID_EMAIL (422): the email is not one
     * <li>303108 PROOF_OF_RESIDENCE_EMPTY (422): no proof of residence
     * <li>303112 ACCOUNT_EMAIL_OCCUPIED (409): another account has the email
     * </ul>
     */
    @PostMapping("/{id}/kyc")
    public Account.View submitKyc(@PathVariable String id, @RequestBody KycApplication application) {
        Account account = accounts.get(id);
        if (account.kycStatus() != KycStatus.NOT_SUBMITTED) {
            throw KycException.applicationAlreadySubmitted();
        }
        if (blank(application.fullName()) || blank(application.email())) {
            throw KycException.incompleteApplication();
        }
        String email = application.email().strip();
        if (!EMAIL.matcher(email).matches()) {
            throw KycException.invalidEmail();
        }
        if (blank(application.proofOfResidence())) {
            throw KycException.proofOfResidenceEmpty();
        }
        accounts.approveKyc(account, application.fullName().strip(), email);
        return account.view();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
