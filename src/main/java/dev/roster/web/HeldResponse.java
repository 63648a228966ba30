package dev.roster.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * An answer held whole in memory and handed to the container, with its length, only when the
 * request is done. For requests that carry an {@code Upgrade} header: the container sends any part
 * of such an answer that leaves before the end as the raw stream of the protocol asked for (no
 * {@code Content-Type}, no length or chunks, the connection closed to end it), so nothing may
 * leave early. Such requests are rare (the JDK's HTTP client asks for cleartext HTTP/2 by
 * default; browsers never do), and their answers are small.
 */
final class HeldResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new HeldStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public int getBufferSize() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void setBufferSize(int size) {
        // everything is held anyway
    }

    @Override
    public void setContentLength(int length) {
        // set from what was written, in send()
    }

    @Override
    public void setContentLengthLong(long length) {
        // set from what was written, in send()
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }

    /** Hands the answer to the container in one piece, unless an error or a redirect took its place. */
    void send() throws IOException {
        flushBuffer();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted() || (stream == null && writer == null)) {
            return;
        }
        response.setContentLength(body.size());
        response.setBufferSize(body.size());
        body.writeTo(response.getOutputStream());
    }

    private final class HeldStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            body.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("The answer is held until the request is done; it cannot be written asynchronously");
        }
    }
}
