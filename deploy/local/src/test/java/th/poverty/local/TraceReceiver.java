package th.poverty.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import th.poverty.testing.Ports;

/**
 * Where the services of a test run send their traces: an OTLP/HTTP receiver ({@code POST /v1/traces},
 * protobuf), as a collector would be, that keeps the latest spans in memory for the tests to read.
 * One per test JVM; every system {@link SharedLocalSystem} starts exports to it ({@link #serviceConfig}).
 */
final class TraceReceiver {

    /** A span as exported: ids in hex, the parent's empty for a root. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
                        List<String> linkedSpanIds) {
    }

    /** Enough for every span of a test run's last minutes; the oldest go first. */
    private static final int KEPT = 100_000;
    private static volatile TraceReceiver running;

    private final HttpServer server;
    private final ArrayDeque<ExportedSpan> spans = new ArrayDeque<>();

    private TraceReceiver(HttpServer server) {
        this.server = server;
    }

    /** The test JVM's receiver, started on first use on a free loopback port. */
    static synchronized TraceReceiver running() {
        if (running == null) {
            try {
                var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.free()), 16);
                var receiver = new TraceReceiver(server);
                server.createContext("/v1/traces", receiver::export);
                server.setExecutor(Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "otlp-receiver");
                    thread.setDaemon(true);
                    return thread;
                }));
                server.start();
                running = receiver;
            } catch (IOException e) {
                throw new UncheckedIOException("no port for the trace receiver", e);
            }
        }
        return running;
    }

    /**
     * What makes a service (or the console) trace and export here: the SDK on, OTLP over HTTP, each
     * batch of ended spans sent within a fifth of a second rather than the default five.
     */
    Map<String, String> serviceConfig() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    /** The spans of the trace received so far. */
    synchronized List<ExportedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                request = ExportTraceServiceRequest.parseFrom(body);
            }
            keep(request);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private synchronized void keep(ExportTraceServiceRequest request) {
        for (var resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(attribute -> attribute.getValue().getStringValue()).findFirst().orElse("?");
            for (var scope : resource.getScopeSpansList()) {
                for (var span : scope.getSpansList()) {
                    spans.addLast(new ExportedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()),
                            hex(span.getParentSpanId()), span.getName(), span.getKind().name().replace("SPAN_KIND_", ""),
                            span.getLinksList().stream().map(link -> hex(link.getSpanId())).toList()));
                    if (spans.size() > KEPT) {
                        spans.removeFirst();
                    }
                }
            }
        }
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }
}
