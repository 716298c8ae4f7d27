/**
 * The shop's codes (the catalog of spring-boot4-test/, shared), generated with {@code -Aerrorcatalog.spring=true}
 * where only Spring WebFlux is on the class path: the handler, its auto-configuration and the WebFlux part.
 */
@ErrorCatalog("shop-errors.yaml")
package dev.errorcatalog.fluxtest.errors;

import dev.errorcatalog.ErrorCatalog;
