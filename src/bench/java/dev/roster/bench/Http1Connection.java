package dev.roster.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * One persistent HTTP/1.1 connection with blocking I/O, the way {@code wrk} or {@code curl}
 * talks to a server: the request's bytes go out in one write, the answer is read whole (by
 * {@code Content-Length}, chunks, or to the end of a closing connection) and dropped.
 *
 * <p>The load generator shares this machine's two cores with Payara and MariaDB, and the
 * JDK's {@code HttpClient} (asynchronous, with a selector thread and futures per request)
 * cost the machine more per request than some of the requests it measured: the server's CPU
 * per request read higher under it than under {@code wrk} (for {@code /auth/me} a fifth and
 * more), because the client's threads took turns on the server's cores and caches. This
 * client costs the machine about what {@code wrk} does.
 */
final class Http1Connection implements Closeable {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress server;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean open;

    Http1Connection(URI server) throws IOException {
        if (!"127.0.0.1".equals(server.getHost())) {
            throw new IllegalArgumentException("load goes to 127.0.0.1 only");
        }
        this.server = new InetSocketAddress(server.getHost(), server.getPort());
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(server, 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
        open = true;
    }

    /** Whether the server kept the connection open after the last answer. */
    boolean isOpen() {
        return open;
    }

    /**
     * Sends one request (made by {@link #encode}) and reads its whole answer; returns the status code. A connection
     * the server closed after the last answer is opened anew first.
     */
    int exchange(byte[] request) throws IOException {
        if (!open) {
            socket.close();
            connect();
        }
        out.write(request);
        out.flush();
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> open &= !value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (status == 204 || status == 304 || (status >= 100 && status < 200)) {
            return status;
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            while (in.read() != -1) {
                // the body runs to the end of the connection
            }
            open = false;
        }
        return status;
    }

    @Override
    public void close() throws IOException {
        open = false;
        socket.close();
    }

    /** The request's bytes as HTTP/1.1: its method, target, headers and body (with its length). */
    static byte[] encode(HttpRequest request) {
        URI uri = request.uri();
        byte[] body = request.bodyPublisher().map(Http1Connection::bytes).orElse(new byte[0]);
        StringBuilder head = new StringBuilder(256)
                .append(request.method()).append(' ').append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        for (Map.Entry<String, List<String>> header : request.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                head.append(header.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        if (body.length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length() + body.length);
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    /** What a body publisher publishes (the benchmarks' bodies are small strings, published at once). */
    private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                collected.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new IllegalStateException(throwable);
            }

            @Override
            public void onComplete() {
            }
        });
        return collected.toByteArray();
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void skip(long count) throws IOException {
        for (long left = count; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() == -1) {
                    throw new EOFException("the answer ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One line without its CRLF (headers are ASCII). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new EOFException("the connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
