package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user tried: sign with {@code edxml sign}, let a relay append a trace hop, then {@code verify} and
 * {@code inspect --trust}: the signature stays valid and the hop is shown as unsigned routing information; a hop
 * inserted before the sender's still fails.
 */
class RelayedPackageCliTest {
    static final String HOP =
            "<edXML:TraceHeader><edXML:Timestamp>2026/11/20 09:16:02</edXML:Timestamp></edXML:TraceHeader>";

    @TempDir
    Path dir;

    private SigningFixtures keys;
    private Path relayed;
    private Path inserted;

    @BeforeEach
    void setUp() throws Exception {
        keys = new SigningFixtures(dir);
        Path unsigned = SigningFixtures.write(dir.resolve("unsigned.edxml"), Packages.edoc(null));
        Path signed = dir.resolve("signed.edxml");
        CliRun sign = CliRun.of(
                "sign",
                unsigned.toString(),
                "--key",
                keys.p12.toString(),
                "--password-file",
                keys.passwordFile.toString(),
                "--out",
                signed.toString());
        assertEquals(0, sign.code(), sign::toString);
        // the reproduction: the hop inserted before </edXML:TraceHeaderList>
        relayed = SigningFixtures.tampered(
                signed, dir.resolve("relayed.edxml"), "</edXML:TraceHeaderList>", HOP + "</edXML:TraceHeaderList>");
        String text = Files.readString(signed, StandardCharsets.UTF_8);
        int first = text.indexOf("<edXML:TraceHeader>");
        inserted = Files.writeString(
                dir.resolve("inserted.edxml"),
                text.substring(0, first) + HOP + text.substring(first),
                StandardCharsets.UTF_8);
    }

    @Test
    void verifyAcceptsAHopAppendedByARelayAndNamesIt() {
        CliRun run = CliRun.of("--lang", "en", "verify", relayed.toString(), "--trust", keys.root.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("Valid signature"), run::toString);
        assertTrue(run.out().contains("except 1 trace hop(s) that relays appended after signing"), run::toString);
        assertTrue(run.out().contains("EDXML-SIG-023"), run::toString);
        CliRun bad = CliRun.of("verify", inserted.toString(), "--trust", keys.root.toString());
        assertEquals(1, bad.code(), bad::toString);
        assertTrue((bad.out() + bad.err()).contains("EDXML-SIG-011"), bad::toString);
    }

    @Test
    void inspectWithTrustShowsTheVerifiedSignerAndTheVerdict() {
        CliRun text = CliRun.of("--lang", "en", "inspect", relayed.toString(), "--trust", keys.root.toString());
        assertEquals(0, text.code(), text::toString);
        assertTrue(
                text.out().contains("Valid signature, verified against the trust anchors. Signed by: Nguyễn Văn Ký"),
                text::toString);
        assertFalse(text.out().contains("(not verified)"), "the unsigned subject-name hint is not shown as the signer");
        assertTrue(text.out().contains("Hop 2 (? at 2026/11/20 09:16:02) was appended after signing"), text::toString);

        CliRun json = CliRun.of("inspect", "--json", relayed.toString(), "--trust", keys.root.toString());
        assertEquals(0, json.code(), json::toString);
        java.util.Map<?, ?> sig =
                (java.util.Map<?, ?>) ((java.util.Map<?, ?>) JsonParser.parse(json.out())).get("signature");
        assertEquals("valid", sig.get("verdict"));
        assertEquals("Nguyễn Văn Ký", ((java.util.Map<?, ?>) sig.get("signer")).get("commonName"));
        assertEquals(1, ((java.util.List<?>) sig.get("unsignedHops")).size());

        CliRun broken = CliRun.of("inspect", "--json", inserted.toString(), "--trust", keys.root.toString());
        assertEquals(1, broken.code(), broken::toString);
        java.util.Map<?, ?> bsig =
                (java.util.Map<?, ?>) ((java.util.Map<?, ?>) JsonParser.parse(broken.out())).get("signature");
        assertEquals("invalid", bsig.get("verdict"));
        assertEquals(null, bsig.get("signer"), "no signer is named for a signature that does not verify");

        CliRun noTrust = CliRun.of("inspect", "--json", relayed.toString());
        assertEquals(
                "not-verified",
                ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) JsonParser.parse(noTrust.out())).get("signature"))
                        .get("verdict"));
    }

    @Test
    void requireSignatureRefusesUnsignedPackages() throws Exception {
        Path unsigned = dir.resolve("unsigned.edxml");
        CliRun refused = CliRun.of("--lang", "en", "inspect", "--require-signature", unsigned.toString());
        assertEquals(1, refused.code(), refused::toString);
        assertTrue(refused.err().contains("A signature is required"), refused::toString);
        CliRun json = CliRun.of("inspect", "--json", "--require-signature", unsigned.toString());
        assertEquals(1, json.code(), json::toString);
        assertEquals(
                "unsigned",
                ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) JsonParser.parse(json.out())).get("signature"))
                        .get("verdict"));
        CliRun ok = CliRun.of("inspect", "--require-signature", "--trust", keys.root.toString(), relayed.toString());
        assertEquals(0, ok.code(), ok::toString);
    }
}
