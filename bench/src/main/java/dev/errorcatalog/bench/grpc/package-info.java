/** GrpcBenchmark's catalog {@code Shop}: one code with two placeholders, in English and German. */
@ErrorCatalog("grpc-bench.yaml")
package dev.errorcatalog.bench.grpc;

import dev.errorcatalog.ErrorCatalog;
