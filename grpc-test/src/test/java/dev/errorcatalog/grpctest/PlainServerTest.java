package dev.errorcatalog.grpctest;

import dev.errorcatalog.grpctest.app.ShopService;
import dev.errorcatalog.grpctest.errors.ShopGrpcErrors;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A plain grpc-java Netty server on a free port, the service wrapped in the generated interceptor. */
class PlainServerTest extends ServerContract {
    private static Server server;

    @BeforeAll
    static void start() throws IOException {
        server = NettyServerBuilder.forPort(0)
                .addService(ServerInterceptors.intercept(new ShopService(), ShopGrpcErrors.serverInterceptor()))
                .build()
                .start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    int port() {
        return server.getPort();
    }
}
