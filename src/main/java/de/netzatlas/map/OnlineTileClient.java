package de.netzatlas.map;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * HTTP for online tiles that fails fast: short timeouts, a proper User-Agent (the OSM tile usage
 * policy requires one that identifies the application) and a back-off after a failure, during
 * which every request is refused at once. Without network the map therefore neither hangs nor
 * floods the log; the built-in basemap is shown instead.
 */
public final class OnlineTileClient {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(15);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(OnlineTileClient.class.getName());

    private final HttpClient http;
    private final String userAgent;
    private final Duration requestTimeout;
    private final LongSupplier nanoClock;
    private final AtomicInteger attempts = new AtomicInteger();
    private long offlineUntil = Long.MIN_VALUE;
    private Duration backoff = FIRST_BACKOFF;
    private boolean offline;

    public OnlineTileClient(String userAgent, Duration connectTimeout, Duration requestTimeout, LongSupplier nanoClock) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.nanoClock = nanoClock;
    }

    /** Two seconds to connect, five to answer. */
    public static OnlineTileClient standard(String userAgent) {
        return new OnlineTileClient(userAgent, Duration.ofSeconds(2), Duration.ofSeconds(5), System::nanoTime);
    }

    /** False while backing off after a failure. */
    public synchronized boolean available() {
        return !offline || nanoClock.getAsLong() - offlineUntil >= 0;
    }

    /**
     * The body of a 200 answer, null for 404/204 (no tile there); throws when the server cannot be
     * reached or fails, and during the back-off without trying.
     */
    public byte[] fetch(URI uri) throws IOException {
        if (!available()) {
            throw new IOException("Kartenserver nicht erreichbar (nächster Versuch später)");
        }
        attempts.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", userAgent)
                .GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 200) {
                succeeded();
                return response.body();
            }
            if (status == 404 || status == 204) {
                succeeded();
                return null;
            }
            throw failed(new IOException("Kartenserver antwortet mit HTTP " + status + " für " + uri.getHost()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("abgebrochen", e);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private synchronized void succeeded() {
        offline = false;
        backoff = FIRST_BACKOFF;
    }

    private synchronized IOException failed(IOException e) {
        if (!offline || available()) {
            LOG.log(System.Logger.Level.INFO, "Online-Kacheln nicht erreichbar ({0}); nächster Versuch in {1} s",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), backoff.toSeconds());
            offlineUntil = nanoClock.getAsLong() + backoff.toNanos();
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            offline = true;
        }
        return e;
    }

    /** Requests actually sent (not refused by the back-off). */
    public int attempts() {
        return attempts.get();
    }
}
