package org.entente.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the web page and its bundled scripts from the classpath ({@code /web/…} in the jar), so the
 * page works offline with no CDN. Only GET; no directory listing; paths with ".." are refused.
 */
final class StaticResources extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "rq", "application/sparql-query; charset=utf-8",
            "map", "application/json", "ico", "image/x-icon");

    private final String base;

    StaticResources(String base) {
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        if (path.contains("..") || path.contains("//")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (path.equals("/queries/index.json")) {
            resp.setContentType("application/json");
            resp.setHeader("Cache-Control", "no-cache");
            resp.getOutputStream().write(QueryCatalog.indexJson());
            return;
        }
        if (path.startsWith("/queries/") && path.endsWith(".rq")) {
            path = "/entente" + path;
        }
        // Bundled webjars (Cytoscape.js, YASGUI) are served from their jars' META-INF/resources.
        String resource = path.startsWith("/webjars/") ? "/META-INF/resources" + path
                : path.startsWith("/entente/queries/") ? path : base + path;
        try (InputStream in = StaticResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
