/**
 * The benchmark catalog {@code Wide} ({@code digits: any}): 4,000 codes over the whole {@code int}
 * range, generated before compiling like {@code big.yaml} (see
 * {@link dev.errorcatalog.bench.GenerateCatalog}).
 */
@ErrorCatalog("wide.yaml")
package dev.errorcatalog.bench.wide;

import dev.errorcatalog.ErrorCatalog;
