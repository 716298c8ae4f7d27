package dev.errorcatalog.grpctest;

import dev.errorcatalog.grpctest.app.GrpcShopApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

/**
 * The Spring Boot 4.1 gRPC application on a free port: it has no handler code, the generated
 * auto-configuration answers. Spring web is not on the class path at all.
 */
@SpringBootTest(classes = GrpcShopApplication.class, properties = "spring.grpc.server.port=0")
class SpringServerTest extends ServerContract {
    @Autowired
    private GrpcServerLifecycle lifecycle;

    @Override
    int port() {
        return lifecycle.getPort();
    }
}
