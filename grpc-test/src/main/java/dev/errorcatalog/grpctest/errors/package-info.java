/**
 * The shop's codes, generated from {@code shop-errors.yaml} with {@code -Aerrorcatalog.grpc=true} and
 * {@code -Aerrorcatalog.spring=true} and no Spring web on the class path: besides the usual types,
 * {@code ShopGrpcErrors} and {@code ShopGrpcAutoConfiguration} (no MVC advice).
 */
@ErrorCatalog("shop-errors.yaml")
package dev.errorcatalog.grpctest.errors;

import dev.errorcatalog.ErrorCatalog;
