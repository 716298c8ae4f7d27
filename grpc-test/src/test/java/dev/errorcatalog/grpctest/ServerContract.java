package dev.errorcatalog.grpctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Help;
import com.google.rpc.LocalizedMessage;
import dev.errorcatalog.grpctest.app.ShopService;
import dev.errorcatalog.grpctest.errors.OrdersError;
import dev.errorcatalog.grpctest.errors.PaymentsError;
import dev.errorcatalog.grpctest.errors.PaymentsException;
import dev.errorcatalog.grpctest.errors.ShopGrpcErrors;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a grpc-java client sees of the catalog's exceptions, whichever server answers them: the
 * status code, the description in the default locale, exactly two details (ErrorInfo with every
 * metadata entry, LocalizedMessage in the negotiated locale) and a third, Help, for a code with a help
 * link, and nothing of the cause anywhere; a non-catalog exception stays gRPC's plain {@code UNKNOWN}.
 */
abstract class ServerContract {
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger log = Logger.getLogger(ShopGrpcErrors.class.getName());
    private ManagedChannel channel;

    /** The port of the server under test, started by the subclass. */
    abstract int port();

    @BeforeEach
    void connect() {
        channel = NettyChannelBuilder.forAddress("localhost", port()).usePlaintext().build();
        log.addHandler(capture);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        log.removeHandler(capture);
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private StatusRuntimeException fail(String request, String acceptLanguage) {
        Channel target = channel;
        if (acceptLanguage != null) {
            Metadata headers = new Metadata();
            headers.put(Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER), acceptLanguage);
            target = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
        }
        Channel call = target;
        return assertThrows(StatusRuntimeException.class, () -> ClientCalls.blockingUnaryCall(call, ShopService.ORDER, CallOptions.DEFAULT, request));
    }

    /** The details of a failure of a code without a help link: exactly an ErrorInfo and a LocalizedMessage, in that order. */
    private static List<Any> details(StatusRuntimeException failure, Status.Code code, String description) throws Exception {
        List<Any> details = allDetails(failure, code, description);
        assertEquals(2, details.size(), details.toString());
        return details;
    }

    /** The details of a failure: an ErrorInfo, a LocalizedMessage, and whatever follows. */
    private static List<Any> allDetails(StatusRuntimeException failure, Status.Code code, String description) throws Exception {
        assertEquals(code, failure.getStatus().getCode());
        assertEquals(description, failure.getStatus().getDescription());
        assertNull(failure.getCause(), "a client never sees a cause");
        com.google.rpc.Status status = StatusProto.fromThrowable(failure);
        assertEquals(code.value(), status.getCode());
        assertEquals(description, status.getMessage());
        List<Any> details = status.getDetailsList();
        assertTrue(details.size() >= 2, details.toString());
        assertTrue(details.get(0).is(ErrorInfo.class));
        assertTrue(details.get(1).is(LocalizedMessage.class));
        return details;
    }

    private static void assertErrorInfo(List<Any> details, String reason, Map<String, String> metadata) throws Exception {
        ErrorInfo info = details.get(0).unpack(ErrorInfo.class);
        assertEquals(reason, info.getReason());
        assertEquals("shop.acme.test", info.getDomain());
        assertEquals(metadata, info.getMetadataMap());
    }

    private static void assertLocalized(List<Any> details, String locale, String message) throws Exception {
        LocalizedMessage localized = details.get(1).unpack(LocalizedMessage.class);
        assertEquals(locale, localized.getLocale());
        assertEquals(message, localized.getMessage());
    }

    @Test
    void aThrownCatalogExceptionWithoutAcceptLanguageIsInTheDefaultLocale() throws Exception {
        StatusRuntimeException failure = fail("missing", null);
        List<Any> details = details(failure, Status.Code.NOT_FOUND, "No order A-17 of 1,234.5 EUR");
        assertErrorInfo(details, "NO_ORDER", Map.of("orderId", "A-17", "amount", "1,234.5", "code", "1001"));
        assertLocalized(details, "en", "No order A-17 of 1,234.5 EUR");
        assertEquals(Optional.of(OrdersError.NO_ORDER), ShopGrpcErrors.errorOf(failure));
        assertEquals(Map.of("orderId", "A-17", "amount", "1,234.5", "code", "1001"), ShopGrpcErrors.metadataOf(failure));
        assertTrue(logged.isEmpty(), "a client-side code is not logged as a warning");
    }

    @Test
    void acceptLanguageChoosesTheLocalizedMessageOnly() throws Exception {
        List<Any> details = details(fail("missing", "fr, de-CH;q=0.8, en;q=0.5"), Status.Code.NOT_FOUND, "No order A-17 of 1,234.5 EUR");
        // metadata stays in the default locale: a program reads it
        assertErrorInfo(details, "NO_ORDER", Map.of("orderId", "A-17", "amount", "1,234.5", "code", "1001"));
        assertLocalized(details, "de", "Keine Bestellung A-17 über 1.234,5 EUR");
    }

    @Test
    void acceptLanguageFindsScriptsAsResourceBundleDoes() throws Exception {
        assertLocalized(details(fail("missing", "zh-TW"), Status.Code.NOT_FOUND, "No order A-17 of 1,234.5 EUR"),
                "zh-Hant", "沒有訂單 A-17（1,234.5 EUR）");
        assertLocalized(details(fail("missing", "not a language range!"), Status.Code.NOT_FOUND, "No order A-17 of 1,234.5 EUR"),
                "en", "No order A-17 of 1,234.5 EUR");
    }

    @Test
    void anExceptionGivenToOnErrorIsAnsweredToo() throws Exception {
        StatusRuntimeException failure = fail("locked", "de");
        List<Any> details = details(failure, Status.Code.ABORTED, "Order A-18 is locked");
        assertErrorInfo(details, "ORDER_LOCKED", Map.of("orderId", "A-18", "code", "1002"));
        assertLocalized(details, "de", "Bestellung A-18 ist gesperrt");
    }

    @Test
    void aServerSideCodeIsLoggedWithItsCauseWhichNeverLeavesTheServer() throws Exception {
        StatusRuntimeException failure = fail("down", null);
        List<Any> details = allDetails(failure, Status.Code.UNAVAILABLE, "Payment provider acme-pay is down");
        assertErrorInfo(details, "PAYMENT_DOWN", Map.of("provider", "acme-pay", "code", "2001"));
        assertEquals(3, details.size(), details.toString());
        Help help = details.get(2).unpack(Help.class);
        assertEquals(1, help.getLinksCount(), help.toString());
        assertEquals("https://docs.shop.acme.test/errors/2001?name=PAYMENT_DOWN", help.getLinks(0).getUrl());
        assertEquals("PAYMENT_DOWN", help.getLinks(0).getDescription());
        for (String key : failure.getTrailers().keys()) {
            assertFalse(key.contains("cause") || key.contains("exception"), key);
        }
        assertFalse(StatusProto.fromThrowable(failure).toString().contains("10.0.0.7"));
        assertFalse(failure.getTrailers().toString().contains("10.0.0.7"));
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(logged.get(0).getThrown() instanceof PaymentsException);
        assertEquals("connection refused by 10.0.0.7", logged.get(0).getThrown().getCause().getMessage());

        details(fail("ledger", null), Status.Code.INTERNAL, "Ledger broken");
        assertEquals(2, logged.size());
    }

    @Test
    void aCodeWithoutPlaceholdersAndAnAliasReadsBack() throws Exception {
        StatusRuntimeException failure = fail("declined", null);
        List<Any> details = details(failure, Status.Code.FAILED_PRECONDITION, "Card declined");
        assertErrorInfo(details, "CARD_DECLINED", Map.of("code", "2002"));
        assertSame(PaymentsError.CARD_DECLINED, ShopGrpcErrors.errorOf(failure).orElseThrow());
    }

    @Test
    void aNonCatalogExceptionIsLeftToGrpc() {
        StatusRuntimeException failure = fail("bug", null);
        assertEquals(Status.Code.UNKNOWN, failure.getStatus().getCode());
        assertEquals(0, StatusProto.fromThrowable(failure).getDetailsCount());
        assertEquals(Optional.empty(), ShopGrpcErrors.errorOf(failure));
        assertEquals(Map.of(), ShopGrpcErrors.metadataOf(failure));
    }
}
