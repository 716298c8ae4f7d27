package dev.errorcatalog.grpctest.app;

import dev.errorcatalog.grpctest.errors.OrdersException;
import dev.errorcatalog.grpctest.errors.PaymentsException;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

/**
 * A gRPC service without protoc: one unary method whose request names what to do. It throws catalog
 * exceptions, hands one to {@code onError}, and throws one exception of its own; nothing in it
 * handles errors.
 */
public class ShopService implements BindableService {
    /** UTF-8 strings on the wire. */
    public static final MethodDescriptor.Marshaller<String> STRINGS = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    public static final MethodDescriptor<String, String> ORDER = MethodDescriptor.<String, String>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName("shop.Shop", "Order"))
            .setRequestMarshaller(STRINGS)
            .setResponseMarshaller(STRINGS)
            .build();

    @Override
    public ServerServiceDefinition bindService() {
        return ServerServiceDefinition.builder("shop.Shop")
                .addMethod(ORDER, ServerCalls.asyncUnaryCall(this::order))
                .build();
    }

    private void order(String request, StreamObserver<String> response) {
        switch (request) {
            case "missing" -> throw OrdersException.noOrder("A-17", new BigDecimal("1234.5"));
            case "locked" -> response.onError(OrdersException.orderLocked("A-18"));
            case "down" -> throw PaymentsException.paymentDown("acme-pay", new ConnectException("connection refused by 10.0.0.7"));
            case "declined" -> throw PaymentsException.cardDeclined();
            case "ledger" -> throw PaymentsException.ledgerBroken(new IllegalStateException("ledger checksum 0xBEEF"));
            case "bug" -> throw new IllegalStateException("not a catalog exception");
            default -> {
                response.onNext("ok " + request);
                response.onCompleted();
            }
        }
    }
}
