/**
 * The shop's codes, generated from {@code shop-errors.yaml} with {@code -Aerrorcatalog.spring=true}:
 * besides the usual types, {@code ShopProblemHandler} and its auto-configurations. The
 * handler is a plain class and the auto-configurations are skipped by a scan: some applications here scan this
 * package, some do not, and all get the handler from the auto-configuration only.
 */
@ErrorCatalog("shop-errors.yaml")
package dev.errorcatalog.springtest.errors;

import dev.errorcatalog.ErrorCatalog;
