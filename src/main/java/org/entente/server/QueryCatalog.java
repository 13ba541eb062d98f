package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example queries of {@code queries/} (bundled in the jar as {@code /entente/queries/*.rq}), listed
 * for the web page as {@code /queries/index.json}: name, title (the first comment line) and text.
 */
final class QueryCatalog {
    /** One example query. */
    record Example(String name, String title, String query) {
    }

    private QueryCatalog() {
    }

    static List<Example> load() {
        URL dir = QueryCatalog.class.getResource("/entente/queries");
        if (dir == null) {
            return List.of();
        }
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/entente/queries"));
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            return List.of();
        }
    }

    private static List<Example> read(Path dir) throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String first = text.lines().findFirst().orElse("");
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                out.add(new Example(name, first.startsWith("#") ? first.substring(1).strip() : name, text));
            }
        }
        return out;
    }

    static byte[] indexJson() {
        ObjectMapper json = new ObjectMapper();
        ArrayNode list = json.createArrayNode();
        for (Example e : load()) {
            list.addObject().put("name", e.name()).put("title", e.title()).put("query", e.query());
        }
        return list.toString().getBytes(StandardCharsets.UTF_8);
    }
}
