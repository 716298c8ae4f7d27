package dev.errorcatalog.example.web.accounts;

import dev.errorcatalog.example.web.Require;
import dev.errorcatalog.upstream.AchException;
import dev.errorcatalog.upstream.PaymentException;
import dev.errorcatalog.upstream.SystemException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bank accounts linked to an account, for ACH deposits and withdrawals.
 *
 * <pre>
 * GET  /accounts/{id}/bank-accounts     the linked bank accounts
 * POST /accounts/{id}/bank-accounts     link one {bank, accountNumber} (201)
 * </pre>
 */
@RestController
@RequestMapping("/accounts/{id}/bank-accounts")
public class BankAccountController {

    /** A request to link a bank account. */
    public record LinkRequest(String bank, String accountNumber) {
    }

    /** How many bank accounts one account may link. */
    public static final int LIMIT = 2;

    /** Banks the (pretend) provider does not serve. */
    static final Set<String> UNAVAILABLE_BANKS = Set.of("silvergate", "svb");

    private final Accounts accounts;

    public BankAccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<Account.BankAccount> list(@PathVariable String id) {
        return accounts.get(id).bankAccounts();
    }

    /**
     * Links a bank account.
     *
     * <ul>
     * <li>916001 USER_NOT_FOUND (404): no such account
     * <li>304900 ACH_PRE_CHECKS (422): the account's KYC is not approved (or is under RFI)
     * <li>101004 INVALID_DATA (422): no bank, or the account number is not 4 to 17 digits
     * <li>305004 BANK_NOT_AVAILABLE (422): a bank the provider does not serve
     * <li>305003 LINKED_ACCOUNT_EXISTS (409): this bank account is linked already
     * <li>305005 BANK_ACCOUNT_LIMIT_REACHED (422): the account has {@value #LIMIT} already
     * </ul>
     */
    @PostMapping
    public ResponseEntity<Account.BankAccount> link(@PathVariable String id, @RequestBody LinkRequest request) {
        Account account = accounts.get(id);
        if (account.kycStatus() != KycStatus.APPROVED) {
            throw AchException.achPreChecks();
        }
        String bank = Require.text(request.bank()).toLowerCase(Locale.ROOT);
        String number = Require.text(request.accountNumber());
        if (!number.matches("\\d{4,17}")) {
            throw SystemException.invalidData();
        }
        if (UNAVAILABLE_BANKS.contains(bank)) {
            throw PaymentException.bankNotAvailable();
        }
        Account.BankAccount linked;
        synchronized (account) {
            if (account.hasLinked(bank, number)) {
                throw PaymentException.linkedAccountExists();
            }
            if (account.bankAccounts().size() >= LIMIT) {
                throw PaymentException.bankAccountLimitReached();
            }
            linked = account.link(bank, number);
        }
        return ResponseEntity.created(URI.create("/accounts/" + id + "/bank-accounts/" + linked.id())).body(linked);
    }
}
