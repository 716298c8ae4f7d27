package com.acme.feat;

/** Compiles only where FeatError is sealed and the switch is exhaustive (Java 21+). */
final class FeatExhaustive {
    private FeatExhaustive() {}

    static String kind(FeatError error) {
        return switch (error) {
            case ComplianceError compliance -> "compliance " + compliance.ordinal();
            case AchError ach -> "ach " + ach.ordinal();
            case AchReturnsError returns -> "returns " + returns.ordinal();
            case PlatformError platform -> "platform " + platform.ordinal();
            case SystemError system -> "system " + system.ordinal();
            case TopError top -> "top " + top.ordinal();
            case LedgerError ledger -> "ledger " + ledger.ordinal();
            case PostingsError postings -> "postings " + postings.ordinal();
        };
    }
}
