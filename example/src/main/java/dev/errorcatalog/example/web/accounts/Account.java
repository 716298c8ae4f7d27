package dev.errorcatalog.example.web.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An account of the demo: mutable, guarded by its own lock. */
public final class Account {

    /** A bank account linked to an account (for ACH transfers); only the last four digits are kept. */
    public record BankAccount(String id, String bank, String last4) {
    }

    /** What the API shows of an account. */
    public record View(String id, KycStatus kycStatus, String email, BigDecimal balance,
            Map<String, BigDecimal> holdings, List<BankAccount> bankAccounts) {
    }

    private final String id;
    private KycStatus kycStatus;
    private String fullName;
    private String email;
    private BigDecimal balance;
    private final Map<String, BigDecimal> holdings = new TreeMap<>();
    private final List<BankAccount> bankAccounts = new ArrayList<>();
    /** account numbers of the linked bank accounts, by bank: to refuse linking one twice */
    private final List<String> linkedNumbers = new ArrayList<>();

    Account(String id, BigDecimal balance) {
        this.id = id;
        this.kycStatus = KycStatus.NOT_SUBMITTED;
        this.balance = balance;
    }

    public String id() {
        return id;
    }

    public synchronized KycStatus kycStatus() {
        return kycStatus;
    }

    public synchronized String email() {
        return email;
    }

    public synchronized String fullName() {
        return fullName;
    }

    synchronized void approveKyc(String fullName, String email) {
        this.fullName = fullName;
        this.email = email;
        this.kycStatus = KycStatus.APPROVED;
    }

    synchronized void openRfi() {
        this.kycStatus = KycStatus.UNDER_RFI;
    }

    public synchronized BigDecimal balance() {
        return balance;
    }

    public synchronized BigDecimal holding(String asset) {
        return holdings.getOrDefault(asset, BigDecimal.ZERO);
    }

    /** Moves {@code usd} out of the balance and {@code quantity} of {@code asset} in (both signed). */
    public synchronized void settle(BigDecimal usd, String asset, BigDecimal quantity) {
        balance = balance.add(usd);
        BigDecimal held = holding(asset).add(quantity);
        if (held.signum() == 0) {
            holdings.remove(asset);
        } else {
            holdings.put(asset, held);
        }
    }

    public synchronized List<BankAccount> bankAccounts() {
        return List.copyOf(bankAccounts);
    }

    public synchronized boolean hasLinked(String bank, String accountNumber) {
        return linkedNumbers.contains(bank + "/" + accountNumber);
    }

    public synchronized BankAccount link(String bank, String accountNumber) {
        BankAccount linked = new BankAccount(id + "-bank-" + (bankAccounts.size() + 1), bank,
                accountNumber.substring(accountNumber.length() - 4));
        bankAccounts.add(linked);
        linkedNumbers.add(bank + "/" + accountNumber);
        return linked;
    }

    public synchronized View view() {
        return new View(id, kycStatus, email, balance, Map.copyOf(holdings), List.copyOf(bankAccounts));
    }
}
