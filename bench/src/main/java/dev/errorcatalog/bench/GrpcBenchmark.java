package dev.errorcatalog.bench;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.google.rpc.LocalizedMessage;
import dev.errorcatalog.bench.grpc.OrdersException;
import dev.errorcatalog.bench.grpc.ShopGrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated {@code toStatus} for a code with two placeholders against the same status built by
 * hand with {@code StatusProto}: the same code, description, ErrorInfo (reason, domain, both
 * placeholders and {@code code}) and LocalizedMessage, from the same exception's messages. Both
 * create a {@code StatusRuntimeException}, whose stack trace dominates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GrpcBenchmark {
    OrdersException exception = OrdersException.noOrder("A-17", "eu-west");
    String orderId = "A-17";
    String region = "eu-west";
    Locale locale = Locale.GERMAN;

    @Benchmark
    public StatusRuntimeException generated() {
        return ShopGrpcErrors.toStatus(exception, locale);
    }

    @Benchmark
    public StatusRuntimeException handBuilt() {
        ErrorInfo info = ErrorInfo.newBuilder()
                .setReason("NO_ORDER")
                .setDomain("bench.acme.test")
                .putMetadata("orderId", orderId)
                .putMetadata("region", region)
                .putMetadata("code", "304001")
                .build();
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.NOT_FOUND.value())
                .setMessage(exception.message(Locale.ENGLISH))
                .addDetails(Any.pack(info))
                .addDetails(Any.pack(LocalizedMessage.newBuilder().setLocale("de").setMessage(exception.message(locale)).build()))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }
}
