package com.acme.feat;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Help;
import com.google.rpc.LocalizedMessage;
import com.google.rpc.Status;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.processing.Generated;

/**
 * The exceptions of the Feat catalog as gRPC statuses in Google's error model (AIP-193).
 *
 * <p>On the server, {@link #serverInterceptor()} answers a {@code FeatException} thrown by a
 * service method (or passed to {@code onError}) with {@link #toStatus}, in the locale the request's
 * {@code accept-language} metadata asks for among the catalog's locales; other exceptions are left to gRPC.
 * The status code is the code's {@code grpcCode()}, its description the message in the default locale;
 * its details are a {@code google.rpc.ErrorInfo} (reason: the code's name; domain: {@link #DOMAIN};
 * metadata: each placeholder's value and {@code code}, the numeric code), a {@code google.rpc.LocalizedMessage},
 * and a {@code google.rpc.Help} whose one link is the code's {@code help()} (described by its name) where it has one.
 * The cause stays on the server: server-side codes ({@code INTERNAL}, {@code UNAVAILABLE} ...) are logged
 * with it as warnings.
 *
 * <p>On the client, {@link #errorOf(Throwable)} and {@link #metadataOf(Throwable)} read them back.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
public final class FeatGrpcErrors {
    /**
     * The {@code ErrorInfo.domain} of every code of the catalog.
     */
    public static final String DOMAIN = "feat.acme.test";

    private static final Logger LOG = Logger.getLogger(FeatGrpcErrors.class.getName());

    /**
     * The catalog's locales, its default first.
     */
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("de"), Locale.forLanguageTag("fr"));

    private static final Metadata.Key<String> ACCEPT_LANGUAGE = Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER);

    private static final ServerInterceptor INTERCEPTOR = new CatalogInterceptor();

    private FeatGrpcErrors() {
    }

    /**
     * The status of a catalog exception, without its cause.
     *
     * @param exception the exception
     * @param locale the locale of the {@code LocalizedMessage}: the catalog's locale that
     * {@code message(Locale)} would use for it (its tag is the message's locale)
     * @return the status, with the details in its {@code grpc-status-details-bin} trailer
     */
    public static StatusRuntimeException toStatus(FeatException exception, Locale locale) {
        FeatError error = exception.error();
        Locale chosen = LOCALES.contains(locale) ? locale : negotiate(locale.toLanguageTag(), LOCALES);
        ErrorInfo.Builder info = ErrorInfo.newBuilder().setReason(error.name()).setDomain(DOMAIN);
        List<String> parameters = error.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            info.putMetadata(parameters.get(i), exception.formattedArgument(i, LOCALES.get(0)));
        }
        info.putMetadata("code", Integer.toString(error.code()));
        Status.Builder status = Status.newBuilder()
                .setCode(io.grpc.Status.Code.valueOf(error.grpcCode()).value())
                .setMessage(exception.message(LOCALES.get(0)))
                .addDetails(Any.pack(info.build()))
                .addDetails(Any.pack(LocalizedMessage.newBuilder().setLocale(chosen.toLanguageTag()).setMessage(exception.message(chosen)).build()));
        if (error.help().isPresent()) {
            status.addDetails(Any.pack(Help.newBuilder().addLinks(Help.Link.newBuilder()
                    .setDescription(error.name()).setUrl(error.help().get().toString())).build()));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    /**
     * The interceptor that answers the catalog's exceptions of every call it intercepts with
     * {@link #toStatus}: {@code ServerInterceptors.intercept(service, serverInterceptor())}, or
     * {@code ServerBuilder.intercept(serverInterceptor())} for every service.
     *
     * @return the interceptor (one instance, stateless)
     */
    public static ServerInterceptor serverInterceptor() {
        return INTERCEPTOR;
    }

    /**
     * The catalog's locale a request asks for in its {@code accept-language} metadata, negotiated as the
     * Spring integration negotiates {@code Accept-Language}; the default locale without one.
     *
     * @param headers the request's metadata
     * @return one of the catalog's locales
     */
    public static Locale locale(Metadata headers) {
        return negotiate(headers.get(ACCEPT_LANGUAGE), LOCALES);
    }

    /**
     * {@link #toStatus}, logged with its cause where the code is a server-side one; for the
     * interceptor and the Spring gRPC handler of this package.
     */
    static StatusException answer(FeatException exception, Locale locale) {
        StatusRuntimeException status = toStatus(exception, locale);
        if (serverSide(status.getStatus().getCode())) {
            LOG.log(Level.WARNING, "Answered " + exception.code() + " " + exception.error().name() + " (" + status.getStatus().getCode() + ")", exception);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "Answered " + exception.code() + " " + exception.error().name() + " (" + status.getStatus().getCode() + "): " + exception);
        }
        return new StatusException(status.getStatus(), status.getTrailers());
    }

    private static boolean serverSide(io.grpc.Status.Code code) {
        switch (code) {
            case UNKNOWN:
            case DEADLINE_EXCEEDED:
            case UNIMPLEMENTED:
            case INTERNAL:
            case UNAVAILABLE:
            case DATA_LOSS:
                return true;
            default:
                return false;
        }
    }

    /**
     * The code of a failed call: present when {@code failure} (a {@code StatusRuntimeException} or
     * {@code StatusException}, or one in its causes) carries an {@code ErrorInfo} of {@link #DOMAIN} whose
     * reason is a name or an alias of this catalog.
     *
     * @param failure what the call threw
     * @return the code, or empty
     */
    public static Optional<FeatError> errorOf(Throwable failure) {
        ErrorInfo info = errorInfo(failure);
        return info == null ? Optional.empty() : FeatErrors.find(info.getReason());
    }

    /**
     * The {@code ErrorInfo} metadata of a failed call of this catalog's domain: each placeholder's value
     * by its name, and {@code code}; empty for any other failure.
     *
     * @param failure what the call threw
     * @return the metadata, unmodifiable
     */
    public static Map<String, String> metadataOf(Throwable failure) {
        ErrorInfo info = errorInfo(failure);
        return info == null ? Collections.emptyMap() : Collections.unmodifiableMap(info.getMetadataMap());
    }

    private static ErrorInfo errorInfo(Throwable failure) {
        Status status = StatusProto.fromThrowable(failure);
        if (status == null) {
            return null;
        }
        for (Any detail : status.getDetailsList()) {
            if (detail.is(ErrorInfo.class)) {
                try {
                    ErrorInfo info = detail.unpack(ErrorInfo.class);
                    return DOMAIN.equals(info.getDomain()) ? info : null;
                } catch (InvalidProtocolBufferException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The response locale: for the language ranges of {@code Accept-Language} by weight, the first
     * supported locale among a range's ResourceBundle candidates ({@code en-US} finds {@code en},
     * {@code zh-TW} finds {@code zh-Hant}) or by RFC 4647
     * filtering ({@code zh} finds {@code zh-CN}); else the first supported locale, the catalog's default.
     * A missing or malformed header gets the default.
     *
     * @param acceptLanguage the header, or {@code null}
     * @param supported the catalog's locales, the default first
     * @return one of {@code supported}
     */
    private static Locale negotiate(String acceptLanguage, List<Locale> supported) {
        if (acceptLanguage != null && !acceptLanguage.trim().isEmpty()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() == 0) {
                        continue;
                    }
                    List<Locale.LanguageRange> one = List.of(range);
                    Locale exact = lookup(range, supported);
                    if (exact != null) {
                        return exact;
                    }
                    List<Locale> wider = Locale.filter(one, supported);
                    if (!wider.isEmpty()) {
                        return wider.get(0);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header counts as none
            }
        }
        return supported.get(0);
    }

    /**
     * The first supported locale among the candidates {@link java.util.ResourceBundle} looks in for the
     * range's locale ({@code zh-TW} finds {@code zh-Hant}, {@code es-MX} finds {@code es}), or {@code null}.
     *
     * @param range one language range of {@code Accept-Language}
     * @param supported the catalog's locales
     * @return one of {@code supported}, or {@code null}
     */
    private static Locale lookup(Locale.LanguageRange range, List<Locale> supported) {
        for (Locale candidate : ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT).getCandidateLocales("", Locale.forLanguageTag(range.getRange()))) {
            if (supported.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static final class CatalogInterceptor implements ServerInterceptor {
        @Override
        public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call,
                Metadata headers, ServerCallHandler<ReqT, RespT> next) {
            AnsweringCall<ReqT, RespT> answering = new AnsweringCall<>(call, headers);
            ServerCall.Listener<ReqT> started;
            try {
                started = next.startCall(answering, headers);
            } catch (FeatException e) {
                answering.answer(e);
                return new ServerCall.Listener<ReqT>() {};
            }
            return new AnsweringListener<>(started, answering);
        }
    }

    private static final class AnsweringCall<ReqT, RespT> extends ForwardingServerCall.SimpleForwardingServerCall<ReqT, RespT> {
        private final Metadata headers;

        AnsweringCall(ServerCall<ReqT, RespT> call, Metadata headers) {
            super(call);
            this.headers = headers;
        }

        @Override
        public void close(io.grpc.Status status, Metadata trailers) {
            if (status.getCause() instanceof FeatException) {
                answer((FeatException) status.getCause());
            } else {
                super.close(status, trailers);
            }
        }

        void answer(FeatException exception) {
            StatusException answer = FeatGrpcErrors.answer(exception, FeatGrpcErrors.locale(headers));
            super.close(answer.getStatus(), answer.getTrailers());
        }
    }

    private static final class AnsweringListener<ReqT> extends ForwardingServerCallListener.SimpleForwardingServerCallListener<ReqT> {
        private final AnsweringCall<ReqT, ?> call;

        AnsweringListener(ServerCall.Listener<ReqT> listener, AnsweringCall<ReqT, ?> call) {
            super(listener);
            this.call = call;
        }

        @Override
        public void onMessage(ReqT message) {
            try {
                super.onMessage(message);
            } catch (FeatException e) {
                call.answer(e);
            }
        }

        @Override
        public void onHalfClose() {
            try {
                super.onHalfClose();
            } catch (FeatException e) {
                call.answer(e);
            }
        }

        @Override
        public void onReady() {
            try {
                super.onReady();
            } catch (FeatException e) {
                call.answer(e);
            }
        }
    }
}
