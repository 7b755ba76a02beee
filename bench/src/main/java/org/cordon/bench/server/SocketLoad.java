package org.cordon.bench.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * A fixed-rate load over a fixed set of persistent HTTP/1.1 connections, as wrk2 does: request {@code i} is due at
 * {@code start + i / rate} on connection {@code i mod connections}, and its latency runs from that due time, so a
 * server (or connection) that falls behind shows the queueing instead of hiding it. Plain sockets keep the
 * generator's own cost to a write and a read per request.
 */
final class SocketLoad {

    private final int port;
    private final String key;

    SocketLoad(int port, String key) {
        this.port = port;
        this.key = key;
    }

    record Result(long[] latencyNanos, int errors, double seconds, long maxLateNanos) {}

    Result run(String path, LongFunction<String> body, int rate, int seconds, int connections) throws Exception {
        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger errors = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        long[] late = new long[connections];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int conn = c;
            Thread t = new Thread(() -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setTcpNoDelay(true);
                    OutputStream out = s.getOutputStream();
                    InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
                    for (int i = conn; i < total; i += connections) {
                        long due = start + i * interval;
                        long now;
                        while ((now = System.nanoTime()) < due) {
                            LockSupport.parkNanos(due - now);
                        }
                        late[conn] = Math.max(late[conn], now - due);
                        byte[] b = body.apply(i).getBytes(StandardCharsets.UTF_8);
                        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
                                + key + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n";
                        out.write(head.getBytes(StandardCharsets.US_ASCII));
                        out.write(b);
                        out.flush();
                        int status = readResponse(in);
                        latency[i] = System.nanoTime() - due;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    System.err.println("connection " + conn + ": " + e);
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long maxLate = 0;
        for (long l : late) {
            maxLate = Math.max(maxLate, l);
        }
        return new Result(latency, errors.get(), secs, maxLate);
    }

    /** Reads one response (Content-Length or chunked) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long n = Long.parseLong(line(in).strip(), 16); n > 0; n = Long.parseLong(line(in).strip(), 16)) {
                skip(in, n);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return code;
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed in a body");
                }
                k = 1;
            }
            n -= k;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int len = b.length();
                return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
