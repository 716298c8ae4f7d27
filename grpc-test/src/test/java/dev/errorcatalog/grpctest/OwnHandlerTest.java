package dev.errorcatalog.grpctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.grpctest.app.ShopService;
import dev.errorcatalog.grpctest.errors.OrdersException;
import dev.errorcatalog.grpctest.errors.PaymentsError;
import dev.errorcatalog.grpctest.errors.ShopGrpcErrors;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

/**
 * The application's own {@code GrpcExceptionHandler} (no {@code @Order}) that answers the orders
 * category's exceptions wins over the generated one; the other catalog exceptions are still answered
 * by the generated handler.
 */
@SpringBootTest(classes = OwnHandlerTest.OwnHandlerApplication.class, properties = "spring.grpc.server.port=0")
class OwnHandlerTest {
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class OwnHandlerApplication {
        @Bean
        ShopService shopService() {
            return new ShopService();
        }

        @Bean
        GrpcExceptionHandler ordersHandler() {
            return exception -> exception instanceof OrdersException
                    ? Status.PERMISSION_DENIED.withDescription("handled by the application").asException()
                    : null;
        }
    }

    @Autowired
    private GrpcServerLifecycle lifecycle;

    @Test
    void theApplicationsHandlerWinsForWhatItAnswers() throws InterruptedException {
        ManagedChannel channel = NettyChannelBuilder.forAddress("localhost", lifecycle.getPort()).usePlaintext().build();
        try {
            StatusRuntimeException own = assertThrows(StatusRuntimeException.class,
                    () -> ClientCalls.blockingUnaryCall(channel, ShopService.ORDER, CallOptions.DEFAULT, "missing"));
            assertEquals(Status.Code.PERMISSION_DENIED, own.getStatus().getCode());
            assertEquals("handled by the application", own.getStatus().getDescription());
            StatusRuntimeException generated = assertThrows(StatusRuntimeException.class,
                    () -> ClientCalls.blockingUnaryCall(channel, ShopService.ORDER, CallOptions.DEFAULT, "declined"));
            assertEquals(PaymentsError.CARD_DECLINED, ShopGrpcErrors.errorOf(generated).orElseThrow());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
