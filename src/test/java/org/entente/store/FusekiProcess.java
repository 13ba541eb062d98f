package org.entente.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM running {@link RemoteFusekiMain} from the test classpath: started on a given port
 * and store, killed with SIGKILL ({@link Process#destroyForcibly()}), restartable on the same port and store.
 */
final class FusekiProcess implements AutoCloseable {
    static final String USER = "entente";
    static final String PASSWORD = "s3cret:with-colon";

    private final int port;
    private final Path store;
    private final Path passwd;
    private final Path log;
    private Process process;

    private FusekiProcess(int port, Path store, Path passwd, Path log) {
        this.port = port;
        this.store = store;
        this.passwd = passwd;
        this.log = log;
    }

    /** A port nothing listens on right now (bound then released). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** Writes Jetty's password file (user: password) and the matching Entente --auth-file (user:password). */
    static Path writeAuthFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("auth.txt"), USER + ":" + PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    static FusekiProcess start(int port, Path store, Path authDir) throws Exception {
        FusekiProcess p = new FusekiProcess(port, store, authDir.resolve("passwd"), authDir.resolve("fuseki-" + port + ".log"));
        p.start();
        return p;
    }

    /** (Re)starts the server and waits until it listens. */
    void start() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.deleteIfExists(log);
        process = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp", cp, RemoteFusekiMain.class.getName(),
                Integer.toString(port), store.toString(), passwd.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki process exited with " + process.exitValue() + ": "
                        + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains("READY " + port)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Fuseki did not start in 60 s: " + Files.readString(log));
    }

    /** SIGKILL: no shutdown hooks, no TDB2 commit of a write in progress. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
