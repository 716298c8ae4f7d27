package com.acme.feat;

import java.io.Serializable;
import javax.annotation.processing.Generated;

/**
 * The exception of category {@code ledger}.
 *
 * Ledger Errors: codes {@code 600000} to {@code 699999} (6xxxxx).
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class LedgerException extends FeatException {
    private static final long serialVersionUID = 1L;

    private final LedgerError error;

    LedgerException(LedgerError error, String types, Serializable[] values, Throwable cause) {
        super(error, types, values, cause);
        this.error = error;
    }

    @Override
    public LedgerError error() {
        return error;
    }
}
