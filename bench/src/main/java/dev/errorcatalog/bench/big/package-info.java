/**
 * The 10,000-code benchmark catalog {@code Big}: {@code big.yaml} is generated before compiling
 * (see {@link dev.errorcatalog.bench.GenerateCatalog}) into {@code target/generated-catalog}, which
 * {@code -Aerrorcatalog.dir} points the processor at.
 */
@ErrorCatalog("big.yaml")
package dev.errorcatalog.bench.big;

import dev.errorcatalog.ErrorCatalog;
