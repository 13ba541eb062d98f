package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Caps the rows a query on the page's endpoint ({@code /kg/sparql}) can return: a SELECT, CONSTRUCT or
 * DESCRIBE query without a LIMIT, or with a larger one, is run with {@code LIMIT max}, and the response
 * says so in the header {@code X-Entente-Row-Limit}. Queries that do not parse are passed on untouched
 * (Fuseki answers 400). {@code /kg/query} is not capped (only the timeout applies there).
 */
final class RowCapFilter implements Filter {
    static final String HEADER = "X-Entente-Row-Limit";
    private final long max;

    RowCapFilter(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if ("POST".equals(req.getMethod()) && type.startsWith("application/sparql-query")) {
            byte[] body = req.getInputStream().readAllBytes();
            String capped = cap(new String(body, StandardCharsets.UTF_8), (HttpServletResponse) response);
            chain.doFilter(capped == null ? new BodyRequest(req, body) : new BodyRequest(req, capped.getBytes(StandardCharsets.UTF_8)),
                    response);
            return;
        }
        String[] queries = req.getParameterValues("query");
        if (queries != null && queries.length == 1) {
            String capped = cap(queries[0], (HttpServletResponse) response);
            if (capped != null) {
                chain.doFilter(new Param(req, capped), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The query with the cap applied, or null when it needs none (or does not parse). */
    String cap(String sparql, HttpServletResponse response) {
        Query q;
        try {
            q = QueryFactory.create(sparql, Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(q.isSelectType() || q.isConstructType() || q.isDescribeType())) {
            return null;
        }
        if (q.hasLimit() && q.getLimit() <= max) {
            return null;
        }
        q.setLimit(max);
        response.setHeader(HEADER, Long.toString(max));
        return q.serialize(Syntax.syntaxARQ);
    }

    /** The request with the query parameter replaced. */
    private static final class Param extends HttpServletRequestWrapper {
        private final String query;

        Param(HttpServletRequest r, String query) {
            super(r);
            this.query = query;
        }

        @Override
        public String getParameter(String name) {
            return "query".equals(name) ? query : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return "query".equals(name) ? new String[] {query} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new HashMap<>(super.getParameterMap());
            m.put("query", new String[] {query});
            return m;
        }
    }
}
