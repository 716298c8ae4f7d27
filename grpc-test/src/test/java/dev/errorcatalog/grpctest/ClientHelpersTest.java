package dev.errorcatalog.grpctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import dev.errorcatalog.grpctest.errors.ShopError;
import dev.errorcatalog.grpctest.errors.ShopErrors;
import dev.errorcatalog.grpctest.errors.ShopException;
import dev.errorcatalog.grpctest.errors.ShopGrpcErrors;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code errorOf} and {@code metadataOf} read back every code of the catalog, by name and by alias, and nothing else. */
class ClientHelpersTest {
    private static ShopException exceptionOf(ShopError error) {
        List<Object> arguments = new ArrayList<>();
        for (String parameter : error.parameters()) {
            arguments.add(parameter.equals("amount") ? (Object) new BigDecimal("7.25") : parameter + "-value");
        }
        return error.exception(arguments.toArray());
    }

    @Test
    void everyCodeRoundTripsThroughAStatus() {
        assertEquals(5, ShopErrors.all().size());
        for (ShopError error : ShopErrors.all()) {
            StatusRuntimeException status = ShopGrpcErrors.toStatus(exceptionOf(error), Locale.GERMAN);
            assertEquals(Status.Code.valueOf(error.grpcCode()), status.getStatus().getCode());
            assertSame(error, ShopGrpcErrors.errorOf(status).orElseThrow());
            // as a checked StatusException, and wrapped as a cause
            assertSame(error, ShopGrpcErrors.errorOf(new StatusException(status.getStatus(), status.getTrailers())).orElseThrow());
            assertSame(error, ShopGrpcErrors.errorOf(new RuntimeException("wrapped", status)).orElseThrow());
            Map<String, String> expected = new HashMap<>();
            for (String parameter : error.parameters()) {
                expected.put(parameter, parameter.equals("amount") ? "7.25" : parameter + "-value");
            }
            expected.put("code", Integer.toString(error.code()));
            assertEquals(expected, ShopGrpcErrors.metadataOf(status));
        }
    }

    private static StatusRuntimeException withErrorInfo(String reason, String domain) {
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.NOT_FOUND.value())
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain(domain).putMetadata("code", "1").build()))
                .build());
    }

    @Test
    void aliasesFindTheirCode() {
        assertEquals("NO_ORDER", ShopGrpcErrors.errorOf(withErrorInfo("ORDER_MISSING", ShopGrpcErrors.DOMAIN)).orElseThrow().name());
        assertEquals("CARD_DECLINED", ShopGrpcErrors.errorOf(withErrorInfo("CARD_REFUSED", ShopGrpcErrors.DOMAIN)).orElseThrow().name());
    }

    @Test
    void anotherDomainOrAnUnknownNameIsNoCodeOfThisCatalog() {
        assertEquals(Optional.empty(), ShopGrpcErrors.errorOf(withErrorInfo("NO_ORDER", "other.acme.test")));
        assertEquals(Map.of(), ShopGrpcErrors.metadataOf(withErrorInfo("NO_ORDER", "other.acme.test")));
        assertEquals(Optional.empty(), ShopGrpcErrors.errorOf(withErrorInfo("NO_SUCH_NAME", ShopGrpcErrors.DOMAIN)));
        assertFalse(ShopGrpcErrors.errorOf(Status.NOT_FOUND.asRuntimeException()).isPresent());
        assertFalse(ShopGrpcErrors.errorOf(new IllegalStateException()).isPresent());
    }

    @Test
    void aLocaleOutsideTheCatalogIsNegotiatedToOneOfIt() throws Exception {
        StatusRuntimeException status = ShopGrpcErrors.toStatus(exceptionOf(ShopErrors.of(1001)), Locale.forLanguageTag("de-AT"));
        com.google.rpc.LocalizedMessage localized = StatusProto.fromThrowable(status).getDetails(1).unpack(com.google.rpc.LocalizedMessage.class);
        assertEquals("de", localized.getLocale());
        assertEquals("Keine Bestellung orderId-value über 7,25 EUR", localized.getMessage());
    }
}
