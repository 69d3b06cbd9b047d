package dev.edxml.axis;

import static dev.edxml.axis.Letters.H41;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.axis.internal.XroadHeaders;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local axis killed (SIGKILL, in its own JVM) while a large upload is half sent and other senders are being
 * acknowledged loses nothing it acknowledged, and a restart on the same folder shows no half-written package.
 */
class CrashSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void killedMidUploadLosesNothingAcknowledged() throws Exception {
        Path data = tmp.resolve("axis");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalAxisMain.class.getName(),
                        data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Path letter = Letters.write(tmp, "c.edxml", Letters.letter("5001", Letters.pdf(20_000), H41));
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("PORT "), String.valueOf(line));
            int port = Integer.parseInt(line.substring(5).strip());
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            AxisClient g22 = AxisClient.builder()
                    .endpoint(endpoint)
                    .systemId("vxp.g22")
                    .secret("bi-mat-g22".toCharArray())
                    .retries(0)
                    .build();
            for (int i = 0; i < 3; i++) {
                acknowledged.add(g22.send(letter).docId());
            }
            // senders keep going while the big upload is under way
            AtomicBoolean stop = new AtomicBoolean();
            Thread sender = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        acknowledged.add(g22.send(letter).docId());
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
            sender.start();
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream o = s.getOutputStream();
                Map<String, String> params = new LinkedHashMap<>();
                params.put("systemid", "vxp.g22");
                params.put("timestamp", XroadHeaders.timestamp(Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh")));
                params.put("hash-file", "00");
                StringBuilder req = new StringBuilder("POST /sendEdoc HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/octet-stream\r\nContent-Length: 8000000\r\n");
                for (Map.Entry<String, String> h :
                        XroadHeaders.sign(params, "bi-mat-g22".getBytes(StandardCharsets.UTF_8))) {
                    req.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
                }
                o.write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                o.write(Files.readAllBytes(letter));
                o.write(new byte[1_000_000]);
                o.flush();
                Thread.sleep(300);
                server.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            }
            stop.set(true);
            sender.join(30_000);
        } finally {
            server.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 3);

        try (LocalAxis restarted =
                ExchangeTest.configured(LocalAxis.builder().dataDir(data)).start()) {
            assertTrue(
                    restarted.recovered().stream().anyMatch(l -> l.startsWith("removed unfinished upload")),
                    restarted.recovered()::toString);
            AxisClient g22 = ExchangeTest.client(restarted.endpoint(), "vxp.g22", "bi-mat-g22");
            Set<String> stored = ConcurrentHashMap.newKeySet();
            g22.sent(MessageType.EDOC).forEach(m -> stored.add(m.senderDocId()));
            assertTrue(
                    stored.containsAll(acknowledged),
                    "lost: "
                            + acknowledged.stream()
                                    .filter(a -> !stored.contains(a))
                                    .toList());
            AxisClient h41 = ExchangeTest.client(restarted.endpoint(), "vxp.h41", "bi-mat-h41");
            List<ReceivedMessage> inbox = h41.received(MessageType.EDOC);
            assertEquals(stored.size(), inbox.size());
            for (ReceivedMessage m : inbox) {
                Path got = h41.download(m.docId(), tmp.resolve("got").resolve(m.docId() + ".edxml"));
                Edxml.read(got); // whole and readable
                assertEquals(Files.readString(letter), ExchangeTest.withoutHop(letter, got));
            }
            try (var left = Files.list(data.resolve("tmp"))) {
                assertEquals(0, left.count(), "nothing half-written is left");
            }
        }
    }
}
