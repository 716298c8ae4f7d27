package dev.errorcatalog.example.web.accounts;

/** Where an account stands with KYC (know your customer). */
public enum KycStatus {
    /** No application yet: the account may not trade or link a bank account. */
    NOT_SUBMITTED,
    /** Approved (this demo approves a complete application at once). */
    APPROVED,
    /** Approved, but compliance has a request for information open: no trading until it is answered. */
    UNDER_RFI
}
