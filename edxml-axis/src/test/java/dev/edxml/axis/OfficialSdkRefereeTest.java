package dev.edxml.axis;

import static dev.edxml.axis.Letters.G22;
import static dev.edxml.axis.Letters.H41;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.StatusCode;
import dev.edxml.sign.Signer;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.testkit.TestCa;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official SDKVXP 2.0.1 client (read from {@code ../shared/referees}, never a dependency) talks to our local axis:
 * it lists agencies, sends a package, lists, downloads and acknowledges received ones, with its own HMAC headers and
 * its own upload encoding; and it exchanges with our client both ways. One axis and one class loader for all steps.
 */
class OfficialSdkRefereeTest {
    @TempDir
    Path tmp;

    private static Path sdkJar() {
        String dir = System.getProperty("edxml.referees");
        Path jar = dir == null ? null : Path.of(dir, "SDKVXP-2.0.1.jar");
        if (jar == null || !Files.isRegularFile(jar)) {
            if (Boolean.getBoolean("edxml.requireTools")) {
                fail("the official SDK jar is required (edxml.requireTools=true) but not found: " + jar);
            }
            Assumptions.abort(
                    "the official SDK jar (../shared/referees/SDKVXP-2.0.1.jar) is absent: referee test skipped");
        }
        return jar;
    }

    /** An SDK service object ({@code KnobstickServiceImp} or {@code AgencyServiceImp}) for one system. */
    private static Object service(
            ClassLoader sdk, String className, String endpoint, String systemId, String secret, Path store)
            throws Exception {
        Class<?> props = sdk.loadClass("com.vpcp.services.VnptProperties");
        Object p = props.getConstructor(String.class, String.class, String.class, String.class, int.class, int.class)
                .newInstance(endpoint, systemId, secret, store.toString(), 2, 3);
        return sdk.loadClass("com.vpcp.services." + className)
                .getConstructor(props)
                .newInstance(p);
    }

    private static Object call(Object target, String method, String json) throws Exception {
        Method m = target.getClass().getMethod(method, String.class);
        return m.invoke(target, json);
    }

    private static Object call(Object target, String method, String json, String file) throws Exception {
        return target.getClass().getMethod(method, String.class, String.class).invoke(target, json, file);
    }

    private static Object get(Object bean, String getter) throws Exception {
        return bean.getClass().getMethod(getter).invoke(bean);
    }

    @Test
    void theOfficialClientSendsListsDownloadsAndAcknowledgesThroughTheLocalAxis() throws Exception {
        Path jar = sdkJar();
        PrintStream out = System.out;
        ByteArrayOutputStream sdkChatter = new ByteArrayOutputStream();
        try (LocalAxis axis = ExchangeTest.configured(LocalAxis.builder().dataDir(tmp.resolve("axis")))
                        .start();
                URLClassLoader sdk = new URLClassLoader(
                        new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(sdkChatter, true, StandardCharsets.UTF_8)); // the SDK prints every header
            String endpoint = axis.endpoint().toString();
            Object g22 = service(sdk, "KnobstickServiceImp", endpoint, "vxp.g22", "bi-mat-g22", tmp);
            Object h41 = service(sdk, "KnobstickServiceImp", endpoint, "vxp.h41", "bi-mat-h41", tmp);

            Object agencies = call(
                    service(sdk, "AgencyServiceImp", endpoint, "vxp.g22", "bi-mat-g22", tmp), "getAgenciesList", "{}");
            assertEquals("0", get(agencies, "getErrorCode"), () -> sdkChatter.toString(StandardCharsets.UTF_8));
            assertEquals(3, ((List<?>) get(agencies, "getAgencies")).size());

            // send: the SDK's own hash-file spelling and body (raw bytes and a CRLF, despite its multipart intent)
            TestCa pki = TestCa.root("TEST ONLY sdk");
            EdocPackage letter = Signer.builder()
                    .key(ExchangeTest.signer(pki, "SDK signer"))
                    .build()
                    .sign(Letters.letter("9001", Letters.pdf(30_000), H41));
            Path file = Letters.write(tmp, "9001.edxml", letter);
            Object sent = call(
                    g22,
                    "sendEdoc",
                    "{\"from\":\"" + G22 + "\",\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}",
                    file.toString());
            assertEquals("OK", get(sent, "getStatus"), () -> sdkChatter.toString(StandardCharsets.UTF_8));
            assertFalse(((String) get(sent, "getDocID")).isEmpty());

            Object list = call(h41, "getReceivedEdocList", "{\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}");
            List<?> knobsticks = (List<?>) get(list, "getKnobsticks");
            assertEquals(1, knobsticks.size());
            String docId = (String) get(knobsticks.get(0), "getId");
            assertEquals(G22, get(knobsticks.get(0), "getFrom"));

            Object edoc = call(
                    h41, "getEdoc", "{\"docId\":\"" + docId + "\",\"filePath\":\"" + tmp.resolve("sdk-in") + "\"}");
            assertEquals("OK", get(edoc, "getStatus"));
            Path downloaded = Path.of((String) get(edoc, "getFilePath"));
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), ExchangeTest.withoutHop(file, downloaded));

            // the SDK's raw download (GET) and its counter (GET) are served too
            Object raw = call(
                    h41,
                    "downloadEdoc",
                    "{\"docId\":\"" + docId + "\",\"filePath\":\"" + tmp.resolve("sdk-raw") + "\"}");
            assertEquals("0", get(raw, "getErrorCode"), () -> sdkChatter.toString(StandardCharsets.UTF_8));
            assertEquals(-1L, Files.mismatch(downloaded, Path.of((String) get(raw, "getFilePath"))));
            assertEquals(1, get(call(h41, "countReceiveEdoc", "{}"), "getCount"));

            Object done = call(h41, "updateStatus", "{\"status\":\"done\",\"docId\":\"" + docId + "\"}");
            assertEquals("OK", get(done, "getStatus"));
            assertEquals(
                    0,
                    ((List<?>) get(
                                    call(
                                            h41,
                                            "getReceivedEdocList",
                                            "{\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}"),
                                    "getKnobsticks"))
                            .size());

            // our client sends the answer 03; the SDK lists and downloads it
            AxisClient ours = ExchangeTest.client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
            ours.send(Letters.write(tmp, "9001-03.edxml", Letters.status(letter, H41, StatusCode.ACCEPTED)));
            List<?> statuses = (List<?>) get(
                    call(g22, "getReceivedEdocList", "{\"servicetype\":\"eDoc\",\"messagetype\":\"status\"}"),
                    "getKnobsticks");
            assertEquals(1, statuses.size());
            Object status = call(
                    g22,
                    "getEdoc",
                    "{\"docId\":\"" + get(statuses.get(0), "getId") + "\",\"filePath\":\"" + tmp.resolve("sdk-status")
                            + "\"}");
            String data = (String) get(status, "getData");
            assertTrue(data.contains("<edXML:StatusCode>03</edXML:StatusCode>"), data);
            // a fresh service object: the SDK keeps every header of earlier calls (docId included), and getSentEdocList
            // filters by docId
            Object g22Fresh = service(sdk, "KnobstickServiceImp", endpoint, "vxp.g22", "bi-mat-g22", tmp);
            assertEquals(
                    1,
                    ((List<?>) get(
                                    call(
                                            g22Fresh,
                                            "getSentEdocList",
                                            "{\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}"),
                                    "getStatusResult"))
                            .size());

            // a wrong secret: the SDK gets the coded refusal
            Object wrong = service(sdk, "KnobstickServiceImp", endpoint, "vxp.g22", "sai-bi-mat", tmp);
            Object refused = call(wrong, "getReceivedEdocList", "{\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}");
            assertEquals("FAIL", get(refused, "getStatus"));
            assertEquals("EDXML-AXS-104", get(refused, "getErrorCode"));

            // what our client reads of a package the SDK sent
            Object sent2 = call(
                    g22,
                    "sendEdoc",
                    "{\"from\":\"" + G22 + "\",\"servicetype\":\"eDoc\",\"messagetype\":\"edoc\"}",
                    file.toString());
            assertEquals("OK", get(sent2, "getStatus"));
            ReceivedMessage m = ours.received(MessageType.EDOC).get(0);
            Path got = ours.download(m.docId(), tmp.resolve("ours.edxml"));
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), ExchangeTest.withoutHop(file, got));
            assertTrue(Edxml.read(got) instanceof EdocPackage);
            // sent by the official client, relayed by the axis (one hop), verified by the receiver
            assertEquals(
                    1,
                    Verifier.of(TrustPolicy.builder()
                                    .trustAnchor(pki.certificate())
                                    .build())
                            .verify(got)
                            .unsignedHops()
                            .size());
        } finally {
            System.setOut(out);
        }
    }
}
