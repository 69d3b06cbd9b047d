package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.axis.LocalAxis;
import dev.edxml.model.StatusPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml axis send|receive|status} against a local axis on 127.0.0.1, and {@code edxml axis serve}. */
class AxisCommandTest {
    private static final String G22 = "000.00.00.G22";
    private static final String H41 = "000.00.00.H41";
    private static final String H14 = "000.00.00.H14";

    @TempDir
    Path tmp;

    private LocalAxis axis;
    private String endpoint;

    @BeforeEach
    void start() throws Exception {
        axis = LocalAxis.builder()
                .dataDir(tmp.resolve("axis"))
                .system("vxp.g22", "s1")
                .system("vxp.h41", "s2")
                .system("vxp.h14", "s3")
                .agency(G22, "vxp.g22")
                .agency(H41, "vxp.h41")
                .agency(H14, "vxp.h14")
                .start();
        endpoint = axis.endpoint().toString();
    }

    @AfterEach
    void stop() {
        axis.close();
    }

    private CliRun as(String secret, String... args) {
        return CliRun.withEnv(Map.of("EDXML_AXIS_SECRET", secret), args);
    }

    @Test
    void sendReceiveAndAnswerThroughTheAxis() throws Exception {
        Path letter = tmp.resolve("7816.edxml");
        Edxml.write(Packages.edoc(null), letter);
        CliRun sent = as(
                "s1", "--lang", "en", "axis", "send", letter.toString(), "--endpoint", endpoint, "--system", "vxp.g22");
        assertEquals(0, sent.code(), sent::toString);
        assertTrue(sent.out().contains(": sent, docId ") && sent.out().contains("(edoc, "), sent::toString);

        Path inbox = tmp.resolve("inbox");
        CliRun got =
                as("s2", "axis", "receive", "--out", inbox.toString(), "--endpoint", endpoint, "--system", "vxp.h41");
        assertEquals(0, got.code(), got::toString);
        List<Path> files;
        try (var s = Files.list(inbox)) {
            files = s.toList();
        }
        assertEquals(1, files.size());
        assertTrue(got.out().contains("edoc từ " + G22 + " gửi " + H41), got::toString);
        CliRun again =
                as("s2", "axis", "receive", "--out", inbox.toString(), "--endpoint", endpoint, "--system", "vxp.h41");
        assertTrue(again.err().contains("Đã lưu 0 thông điệp"), again::toString);

        CliRun answered = as(
                "s2",
                "--lang",
                "en",
                "axis",
                "status",
                files.get(0).toString(),
                "--status",
                "3",
                "--staff",
                "Lê Thị Hoa",
                "--endpoint",
                endpoint,
                "--system",
                "vxp.h41");
        assertEquals(0, answered.code(), answered::toString);
        assertTrue(answered.out().startsWith("status 03 (Accepted and registered) sent to " + G22), answered::toString);

        Path statuses = tmp.resolve("statuses");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "s1\n");
        CliRun back = CliRun.of(
                "axis",
                "receive",
                "--type",
                "status",
                "--out",
                statuses.toString(),
                "--endpoint",
                endpoint,
                "--system",
                "vxp.g22",
                "--secret-file",
                secret.toString());
        assertEquals(0, back.code(), back::toString);
        try (var s = Files.list(statuses)) {
            StatusPackage st = (StatusPackage) Edxml.read(s.findFirst().orElseThrow());
            assertEquals("03", st.header().statusCode().orElseThrow().code());
        }
    }

    @Test
    void refusalsAndMissingSecretsHaveTheirExitCodes() throws Exception {
        Path letter = tmp.resolve("7816.edxml");
        Edxml.write(Packages.edoc(null), letter);
        CliRun noSecret = CliRun.of(
                "--lang", "en", "axis", "send", letter.toString(), "--endpoint", endpoint, "--system", "vxp.g22");
        assertEquals(2, noSecret.code(), noSecret::toString);
        assertTrue(noSecret.err().contains("EDXML_AXIS_SECRET"), noSecret::toString);

        CliRun wrong = as(
                "wrong",
                "--lang",
                "en",
                "axis",
                "send",
                letter.toString(),
                "--endpoint",
                endpoint,
                "--system",
                "vxp.g22");
        assertEquals(2, wrong.code(), wrong::toString);
        assertTrue(wrong.err().contains("EDXML-AXS-004") && wrong.err().contains("EDXML-AXS-104"), wrong::toString);

        // sent in H41's name: the axis refuses the package itself
        CliRun notYours = as("s2", "axis", "send", letter.toString(), "--endpoint", endpoint, "--system", "vxp.h41");
        assertEquals(1, notYours.code(), notYours::toString);
        assertTrue(notYours.err().contains("EDXML-AXS-207"), notYours::toString);
        assertFalse(notYours.err().contains("Exception"), notYours::toString);

        CliRun missing = as(
                "s1",
                "axis",
                "send",
                tmp.resolve("none.edxml").toString(),
                "--endpoint",
                endpoint,
                "--system",
                "vxp.g22");
        assertEquals(2, missing.code(), missing::toString);
        assertEquals(0, axis.messageCount());
    }

    @Test
    void serveRunsALocalAxisAndRefusesBadConfiguration() throws Exception {
        CliRun run = CliRun.of(
                "--lang",
                "en",
                "axis",
                "serve",
                "--port",
                "0",
                "--data",
                tmp.resolve("d").toString(),
                "--system",
                "vxp.a:secret",
                "--agency",
                "000.00.00.A01=vxp.a",
                "--serve-for",
                "PT0.5S");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("local axis listening on http://127.0.0.1:"), run::toString);
        assertTrue(Files.isDirectory(tmp.resolve("d/packages")));

        CliRun badAgency = CliRun.of(
                "--lang",
                "en",
                "axis",
                "serve",
                "--data",
                tmp.resolve("d").toString(),
                "--system",
                "vxp.a:secret",
                "--agency",
                "000.00.00.A01=vxp.b");
        assertEquals(2, badAgency.code(), badAgency::toString);
        assertTrue(badAgency.err().contains("invalid agency"), badAgency::toString);
        CliRun badSystem = CliRun.of(
                "--lang", "en", "axis", "serve", "--data", tmp.resolve("d").toString(), "--system", "vxp.a");
        assertEquals(2, badSystem.code(), badSystem::toString);
        CliRun noCommand = CliRun.of("axis");
        assertEquals(2, noCommand.code());
    }
}
