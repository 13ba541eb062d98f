package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retry policy and the auth file, without a server. */
class RetryTest {
    @Test
    void backoffDoublesUpToTheMaximum() {
        RemoteStore.Retry r = new RemoteStore.Retry(8, Duration.ofMillis(200), Duration.ofMillis(1000));
        assertEquals(200, r.backoff(1).toMillis());
        assertEquals(400, r.backoff(2).toMillis());
        assertEquals(800, r.backoff(3).toMillis());
        assertEquals(1000, r.backoff(4).toMillis());
        assertEquals(1000, r.backoff(7).toMillis());
        assertThrows(EntenteException.class, () -> new RemoteStore.Retry(0, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void serverErrorsAndConnectionFailuresAreRetriedClientErrorsAreNot() {
        assertTrue(RemoteStore.retryable(new HttpException(503, "Service Unavailable"), 503));
        assertTrue(RemoteStore.retryable(new HttpException(500, "Server Error"), 500));
        assertTrue(RemoteStore.retryable(new HttpException(429, "Too Many Requests"), 429));
        assertTrue(RemoteStore.retryable(new HttpException(new ConnectException("refused")), -1));
        assertFalse(RemoteStore.retryable(new HttpException(401, "Unauthorized"), 401));
        assertFalse(RemoteStore.retryable(new HttpException(400, "Bad Request"), 400));
        assertFalse(RemoteStore.retryable(new IllegalStateException("bug"), -1));
    }

    @Test
    void authFileHoldsUserColonPassword(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("a"), "\n  alice:pa:ss word  \n");
        RemoteStore.Credentials c = RemoteStore.readAuthFile(f);
        assertEquals("alice", c.user());
        assertEquals("pa:ss word", c.password());
        assertFalse(c.toString().contains("pa:ss"), "toString hides the password");
        EntenteException e = assertThrows(EntenteException.class, () -> RemoteStore.readAuthFile(tmp.resolve("nope")));
        assertTrue(e.getMessage().startsWith("--auth-file " + tmp.resolve("nope") + ": cannot read it"), e.getMessage());
    }
}
