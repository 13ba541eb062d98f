package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses oversized requests before Fuseki parses them: a body whose Content-Length is above the limit
 * gets 413, a URI (path and query string) above its limit gets 414. A body sent without a length
 * (chunked) is cut off when it passes the limit ({@link org.eclipse.jetty.server.handler.SizeLimitHandler}
 * in front of the whole server answers 413 for those too).
 */
final class RequestLimitFilter implements Filter {
    private final long maxBody;
    private final int maxUri;

    RequestLimitFilter(long maxBody, int maxUri) {
        this.maxBody = maxBody;
        this.maxUri = maxUri;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String qs = req.getQueryString();
        long uriLength = req.getRequestURI().length() + (qs == null ? 0 : qs.length() + 1);
        if (uriLength > maxUri) {
            refuse(resp, 414, "request URI is " + uriLength + " characters, more than the limit of " + maxUri
                    + ": send long queries with POST");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBody) {
            refuse(resp, 413, "request body is " + length + " bytes, more than the limit of " + maxBody
                    + " (entente serve --max-body)");
            return;
        }
        if (length < 0) {
            req = new Limited(req, maxBody);
        }
        chain.doFilter(req, response);
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Connection", "close");
        resp.getWriter().println(message);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream in;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    long count;

                    private void add(long n) throws IOException {
                        count += Math.max(0, n);
                        if (count > max) {
                            throw new IOException("request body larger than " + max + " bytes");
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        if (b >= 0) {
                            add(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = raw.read(b, off, len);
                        add(n);
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener l) {
                        raw.setReadListener(l);
                    }
                };
            }
            return in;
        }
    }
}
