package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses oversized requests before Fuseki parses them: a body whose Content-Length is above the limit
 * gets 413, a URI (path and query string) above its limit gets 414. A body sent without a length
 * (chunked) is read here, at most the limit (413 past it), and handed on from memory.
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
        if (length < 0 && hasBody(req)) {
            // No Content-Length (chunked): read the body here, at most the limit, and hand it on from memory.
            byte[] body;
            try {
                body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            } catch (IOException e) {
                refuse(resp, 400, "cannot read the request body: " + e.getMessage());
                return;
            }
            if (body.length > maxBody) {
                refuse(resp, 413, "request body is more than the limit of " + maxBody + " bytes (entente serve --max-body)");
                return;
            }
            req = new Buffered(req, body);
        }
        chain.doFilter(req, response);
    }

    private static boolean hasBody(HttpServletRequest req) {
        String te = req.getHeader("Transfer-Encoding");
        return te != null && !te.isBlank();
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Connection", "close");
        resp.getWriter().println(message);
    }

    /**
     * A request whose body was read into memory: the stream, the reader and, for a form, the parameters
     * (query string first, then the form's) come from that copy.
     */
    private static final class Buffered extends BodyRequest {
        private Map<String, String[]> params;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request, body);
        }

        private Map<String, String[]> params() {
            if (params == null) {
                Map<String, List<String>> m = new LinkedHashMap<>();
                decode(getQueryString(), m);
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    decode(new String(body, StandardCharsets.UTF_8), m);
                }
                Map<String, String[]> p = new LinkedHashMap<>();
                m.forEach((k, v) -> p.put(k, v.toArray(new String[0])));
                params = Collections.unmodifiableMap(p);
            }
            return params;
        }

        private static void decode(String s, Map<String, List<String>> m) {
            if (s == null || s.isEmpty()) {
                return;
            }
            for (String pair : s.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }

        @Override
        public String getParameter(String name) {
            String[] v = params().get(name);
            return v == null ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = params().get(name);
            return v == null ? null : v.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params().keySet());
        }
    }
}
