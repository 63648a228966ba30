package dev.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The benchmarks' HTTP/1.1 client against a canned server on 127.0.0.1: what it sends, and that it reads each kind of answer whole. */
class Http1ConnectionTest {

    @Test
    void encodesMethodTargetHeadersAndBody() {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/api/v1/auth/login?x=1"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"é\"}")).build();

        String encoded = new String(Http1Connection.encode(post), StandardCharsets.UTF_8);

        assertEquals("POST /api/v1/auth/login?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
                + "Content-Length: 10\r\n\r\n{\"a\":\"é\"}", encoded);
        String get = new String(Http1Connection.encode(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/x")).build()),
                StandardCharsets.UTF_8);
        assertEquals("GET /x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n", get);
    }

    @Test
    void readsEachAnswerWholeOnOneConnection() throws Exception {
        List<String> answers = List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n0\r\nTrailer: t\r\n\r\n",
                "HTTP/1.1 204 No Content\r\n\r\n",
                "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\nthe rest");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CompletableFuture<List<String>> received = serve(server, answers);
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
            byte[] request = Http1Connection.encode(HttpRequest.newBuilder(uri).build());
            List<Integer> statuses = new ArrayList<>();
            try (Http1Connection connection = new Http1Connection(uri)) {
                for (int i = 0; i < answers.size(); i++) {
                    assertTrue(connection.isOpen());
                    statuses.add(connection.exchange(request));
                }
                assertFalse(connection.isOpen(), "the server said it closes");
            }
            assertEquals(List.of(200, 401, 204, 503), statuses);
            assertEquals(answers.size(), received.get(10, TimeUnit.SECONDS).size(), "every request went out on the one connection");
        }
    }

    @Test
    void opensAnewWhenTheServerClosedTheConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
            byte[] request = Http1Connection.encode(HttpRequest.newBuilder(uri).build());
            CompletableFuture<List<String>> first = serve(server, List.of("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"));
            try (Http1Connection connection = new Http1Connection(uri)) {
                assertEquals(200, connection.exchange(request));
                assertFalse(connection.isOpen());
                first.get(10, TimeUnit.SECONDS);

                CompletableFuture<List<String>> second = serve(server, List.of("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"));
                assertEquals(201, connection.exchange(request));
                assertTrue(connection.isOpen());
                assertEquals(1, second.get(10, TimeUnit.SECONDS).size(), "the second request came on a new connection");
            }
        }
    }

    @Test
    void sendsLoadToLoopbackOnly() {
        assertThrows(IllegalArgumentException.class, () -> new Http1Connection(URI.create("http://192.0.2.1:8080/")));
    }

    /** Accepts one connection, reads one request per canned answer (GETs without a body) and writes the answer. */
    private static CompletableFuture<List<String>> serve(ServerSocket server, List<String> answers) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> requests = new ArrayList<>();
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                for (String answer : answers) {
                    requests.add(head(in));
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return requests;
        });
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c == -1) {
                throw new IOException("request ended early");
            }
            head.write(c);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
