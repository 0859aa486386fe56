package org.tutela.app.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets, before logins and rules: a body larger than the limit is refused
 * with 413 and a JSON message naming the limit, unread, so that an oversized upload costs the server
 * neither memory nor the parsing of megabytes (the domain's own limits, on names per person and the like,
 * then apply to what passes). A body announced by Content-Length is judged before it is read; a chunked
 * one is counted as it is read and cut off at the limit ({@link BodyTooLargeException}).
 */
public final class BodyLimitFilter extends OncePerRequestFilter {
    private final long limit;

    public BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            refuse(response, limit, announced);
            return;
        }
        chain.doFilter(announced >= 0 ? request : new Counted(request, limit), response);
    }

    /** The 413 answer; also used for a chunked body found too large while it was read. */
    public static void refuse(HttpServletResponse response, long limit, long size) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\""
                + BodyTooLargeException.sentence(limit, size) + "\",\"limit\":" + limit + "}");
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read from it. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit, -1);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
