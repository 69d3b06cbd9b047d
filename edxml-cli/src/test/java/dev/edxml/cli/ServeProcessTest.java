package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edxml serve} as its own process, as a vendor runs it: it prints the port it got, answers a real HTTP client,
 * cuts off a client too slow to send its request (so one slow client cannot hold the only thread), and stops cleanly
 * on SIGTERM.
 */
class ServeProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSeparateProcessServesCutsOffSlowClientsAndStopsOnSigterm() throws Exception {
        SigningFixtures keys = new SigningFixtures(dir);
        Path signed = keys.signed(dir.resolve("da-ky.edxml"), Packages.edoc(null));
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.language=tr",
                        "-Duser.timezone=Pacific/Kiritimati",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EdxmlCli.class.getName(),
                        "--lang",
                        "en",
                        "serve",
                        "--port",
                        "0",
                        "--threads",
                        "1",
                        "--read-timeout",
                        "2",
                        "--trust",
                        keys.root.toString(),
                        "--at",
                        at))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            URI base = endpoint(out, p);
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> verify = http.send(
                    HttpRequest.newBuilder(base.resolve("v1/verify?name="
                                    + java.net.URLEncoder.encode(signed.toString(), StandardCharsets.UTF_8)))
                            .header("Content-Type", "application/xml")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofFile(signed))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, verify.statusCode(), verify::body);
            assertEquals(
                    "0", verify.headers().firstValue(PackageServer.EXIT_HEADER).orElse(""));
            CliRun cli = CliRun.of(
                    "--lang", "en", "verify", signed.toString(), "--trust", keys.root.toString(), "--at", at, "--json");
            assertEquals(cli.out(), verify.body(), "the daemon and the command give the same document");

            // a client that sends 3 bytes of the 1000 it announced, then nothing: cut off after --read-timeout
            try (Socket slow = new Socket(base.getHost(), base.getPort())) {
                slow.setSoTimeout(30_000);
                OutputStream o = slow.getOutputStream();
                o.write(("POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                                + "Content-Length: 1000\r\n\r\nabc")
                        .getBytes(StandardCharsets.US_ASCII));
                o.flush();
                long t0 = System.nanoTime();
                // the only thread is busy with the slow client; this request waits for it to be cut off
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(base.resolve("v1/health"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                slow.getInputStream().readAllBytes(); // the connection is closed (an answer may come first)
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
                assertTrue(seconds < 20, "cut off after about 2 s, not " + seconds);
            }
        } finally {
            p.destroy(); // SIGTERM: the requests in progress are finished, then the process ends
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(log.contains(" POST /v1/verify 200 "), log);
        assertTrue(log.contains("stopping: finishing the requests in progress"), log);
        assertTrue(!log.contains("\tat "), "no stack trace: " + log);
    }

    /** The address the server printed at start. */
    private static URI endpoint(Path out, Process p) throws Exception {
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            Matcher m = listening.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!p.isAlive()) {
                throw new AssertionError("the server ended: exit " + p.exitValue());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not say where it listens");
    }
}
