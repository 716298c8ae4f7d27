package com.acme.feat;

import javax.annotation.processing.Generated;

/**
 * The values of the field {@code tier} of the Feat catalog.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public enum FeatTier {
    /**
     * The value {@code GOLD}.
     */
    GOLD,

    /**
     * The value {@code SILVER}.
     */
    SILVER
}
