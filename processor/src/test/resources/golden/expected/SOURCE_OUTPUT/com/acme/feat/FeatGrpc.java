package com.acme.feat;

import javax.annotation.processing.Generated;

/**
 * The values of the field {@code grpc} of the Feat catalog.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum FeatGrpc {
    /**
     * The value {@code INVALID_ARGUMENT}.
     */
    INVALID_ARGUMENT,

    /**
     * The value {@code NOT_FOUND}.
     */
    NOT_FOUND,

    /**
     * The value {@code INTERNAL}.
     */
    INTERNAL
}
