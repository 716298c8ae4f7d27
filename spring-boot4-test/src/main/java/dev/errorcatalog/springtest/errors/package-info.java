/**
 * The shop's codes, generated from {@code shop-errors.yaml} with {@code -Aerrorcatalog.spring=true}:
 * besides the usual types, {@code ShopProblemHandler} and {@code ShopProblemAutoConfiguration}. The
 * applications do not scan this package: the advice arrives through auto-configuration only.
 */
@ErrorCatalog("shop-errors.yaml")
package dev.errorcatalog.springtest.errors;

import dev.errorcatalog.ErrorCatalog;
