package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.sign.internal.CertificateCheck;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped trust profiles: every certificate's SHA-256 fingerprint and provenance pinned here (copied from the
 * project's SOURCES.md, independently of the manifest the library reads), the anchors of each profile, the
 * single-source opt-in, and the real certificates' chains built by the JDK's PKIX builder to the right root by key.
 */
class TrustProfileTest {
    /** file, C (cross-checked) or S (single-source), SHA-256: from SOURCES.md. */
    private static final List<String> PINS = List.of(
            "vgca/vgca-root-g1.pem C F7BC89054CEC7F12730D7B8CD3EB7955B163835087E5EB873EDFB584763B3F90",
            "vgca/vgca-root-g2.pem C F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8",
            "vgca/vgca-cp-g2.pem C D8CAB7A4AEF92E6BB2509D7C61CEE7B44F3731B2D21074963530277B366FAE4B",
            "vgca/vgca-dcs-g2.pem S E4B402E3CB4CACC0A20D21FA49BCE76BEB4EB47BA7FFB7A8F71C554DBE561A81",
            "vgca/vgca-ss-g2.pem S 40F3072893F35607E48F868DE76556905EC9784C3F1C9467DE767372556DF208",
            "vgca/vgca-cp-g1.pem C 75E969C07BA35C29C72BBC1BFB880F20F3891A619B00B77EB02CA6160736A1FE",
            "vgca/vgca-btc-g1.pem C A262CFA489DBBE666F8B89FAB832547809874D5A06FA9F7A38FC227EBDF40514",
            "vgca/vgca-bca-g1.pem C ECBF8428266C549EB1BFDC2715270D5B9DFF3BBBE2D3F0C33E0FD91F70B2D943",
            "vgca/vgca-dcs-g1.pem C 6E218B3EBC2F31B0D03205C64FD7E8920FB47187D37AFCDB4CB2BB4178BF4635",
            "vgca/vgca-bng-g1.pem C 3C4281296F92D292CC952295FE41AD7D0B37438FF1D143B56C4642CC1B14BD93",
            "neac/neac-root-sha1-mic.pem C CA918D635BB130BEC97639E6AABF7EDBC4EB1310F8058B9419F467AE0230AD8C",
            "neac/neac-root-sha256.pem C BAC8BF609AB420A8EE1780D74F4DE5C7F7184959D2A7375B0A75E4C29F0908E7",
            "neac/neac-root-g3.pem C 7B3269E7D79AEBBFAE5095F45BBB7074771E690CB7DF02B441062B12F7690ECE",
            "neac/neac-tsa.pem C D343B3C5132F7D1676C3560025AEFEF036FCEEC073C33F18E075B3A21C8F8552",
            "neac/neac-root-rs.pem S 12AFEBA2545F6FC0F31EC130F31BF2D16184A2B5B7CEBCB43CFD1BA35DD4EA46",
            "neac/neac-root-usbtoken.pem S 41803135F13A6359866E7E6F76DAFD598D496836944A52DD1FAD66B3BF2EE63B",
            "neac/neac-root-mobilepki.pem S C75535D65C0FF7480A3D6F393D56DA5F7C92DDCC071F4E9166C3F8D660EF836C",
            "neac/neac-root-ema.pem S 0D765AEDFE7B12C7D11C7B5737507F24DB22F8AFE24BE140EB5801CB0853A8F9",
            "neac/neac-ca-erd.pem S DDB4D0266E266EB7BC6D98B071D78CE3020BC508AE08EE549A077A0E9496A040",
            "neac/neac-ca-lta.pem S 12A70606D2E04F9754481738800A87B1FF7D08736AE8F1C9344FEF51470B3D1D",
            "intermediates/vnpt-ca-sha2.pem C 7D6BA5245317F9ED5D8BC765A4634D26AC6340D36B9F584DF3B52D9C4A81A306",
            "intermediates/vnpt-smartca-rs.pem C 95CF8F36C986E0C0F7E03761B17D7804072CB644B235A8F1C62107F8804A4889",
            "intermediates/viettel-ca-sha2.pem S DCC79CACD7C7D639ED7E253E1EE780C90CCACD4CFC8CA57954D54C624A7F72E4",
            "intermediates/viettel-ca-rs.pem C 860BCBE22FDC6757FE03B4597F7C61CA7F36E13CEB74A78CBEFC9C5B267B8662",
            "intermediates/fpt-ca-sha256.pem S D36F1110D4BBF11BC80A312830FF4078509F55D9099A4E913D4743BE5B903B06",
            "intermediates/fpt-ca-rs.pem S CB60732F9C58044304B53AC90941C188CFB733EC5A507E5A2F057EC7F511D972",
            "intermediates/bkavca-sha256.pem S B30C57C89FADDEE48B3614AF59645BD6871CCA2DC6506243CAFAAFF44154A919",
            "intermediates/bkavca-rs.pem S 28EB55727B391958AB7060FEF404D283D7EC444534E5E0F818345710D284A145",
            "intermediates/misa-ca-sha256.pem S 8D37501361C79A128D43976114289D3493D99F0FA344382598560AA99A89FB9C",
            "intermediates/misa-ca-rs.pem S 6F471D7820E7608AA7E83525617DC7C65932D9CC3D6E550383C8056764451B2C",
            "intermediates/ca2-sha256-2024.pem S 44D0592A0A51580315C9CB4AF1768FBB3CF30B57AD7CC4F3F016D666E3CA0688",
            "intermediates/ca2-rs.pem S 3CF65289D5EC520D84157AC9B3A528384D8ACC779849B799630A46CDE5039736",
            "intermediates/cmc-ca.pem S BE9F053548B68261FE90EE7D4E8C32CD1250761ABC5ED6333D58D22C70FDF044",
            "intermediates/cmc-ca-rs.pem S 9083CC31662DFE9882C9896D3FCDF682101A00E8508826965E8CABAC371F960E",
            "intermediates/fastca-sha256-r1.pem S A6DBC6801E3AC5A057007170519D34DA4AA3A5051AA106360685581B21D14B87",
            "intermediates/nc-ca-sha256.pem S 9BBADCC2CE574B351D6FEF7BBA513389C6E59A34125EAF8DCDC2AC5B877E76CC",
            "intermediates/newtel-ca-sha256-v2.pem S E32106D91CAFA1E0DF61775E7B985084E47CFE3E3E151878AA9BDB5269D4909F",
            "intermediates/safe-ca-sha256-2024.pem S D90D40EC121E84145A6A6B8E25DEB897E12E9AC2E88C3587A19F49DB47E8C2B3",
            "intermediates/savis-trustca-rs.pem S 7CD875DD3683C8149E166A4462704A372B63EFB024A033DDBE9746E5DA6554E3",
            "intermediates/trustca-g2-sha256.pem S 1FF6F8C5F3300A3F860958F27AC1067741F256E3EEA5516D5D42E3D658A1B84B",
            "intermediates/trustca-qualified-timestamping-ca.pem S B5D2F64C02173E19C722FD27096EDE0F394E76A416367E8A9A0BAE582C0FF0A0",
            "intermediates/hilo-ca-sha256.pem S 32F33EA0C2F1E75F13A76049F27027153F5F2FBD157F0AAD2B5F8E518A9D78F4",
            "intermediates/e-ca.pem S 43734C6D4CD44851F73E531AC83B54498CE52ACC86798B56AB6CF9B29AC6E9CB",
            "intermediates/vnpay-ca-token.pem S 86424BAB05F406DDCED860D3A910A0EA5A00B7301616821E868766AFE60A7AD7",
            "intermediates/vnpay-ca-rs.pem S BEF1B636F550766983869941BAB064C144C48A7E04213519267700B84459674C",
            "intermediates/efy-ca-sha256-r1.pem S 7CAE1BE881B82FB6E2958F1715360210A52B9CBFDB1765E8D560422B180823FB",
            "intermediates/intrustca-remote-signing.pem S 132ACF3A453FA1D9DAE99F50B48B7B053AAC819AACDA7FAB1D86160CAB7DEA60",
            "intermediates/mobifone-ca-simpki.pem S 95065D73314631709AB5C4C2C929F9DF870B93E124A109E2A165B3064F8CCF4B",
            "intermediates/easyca-remote-signing.pem S 6C2DB621925EB31009B97E5CEEC268F1683B54997114FD729E79C817C42D867B",
            "intermediates/easyca.pem S CD2171C4532D0DCF743B8C178968BCC17189E735ED11BB44C4D54CF197FA54EA",
            "intermediates/i-ca.pem S 947D12EBB482A9DAB1079B0792D64E47775A94F2B4A8B4143909B65286BC5303",
            "intermediates/matbao-ca.pem S AB5C2034DD302102011A7ABFB3386044FA2ED79AB9D2DA22789457B3F9DD3434",
            "intermediates/one-ca-sha256.pem S 1E52E66B27C37F4B349DC5022A2186F8E2204AFD1D25515C4E699A1B33D58E26",
            "intermediates/smartsign-2023.pem S 4F87358CB360C4562F433DB6F48D8858F80D730BA92797661424AEED903D5975",
            "intermediates/winca.pem S ACB6A4955B5E3FED58BF1F63070DBD33B56006F43532983A543372BA88232ADC",
            "intermediates/misa-ca-rs-2026.pem S 626BC107F65EB15BB1E456A1DB71853E0BB36CA754A3273E84276F1987AEB010",
            "intermediates/vnpt-smartca-rs-2026.pem S 6987DCEAD87FEB48E18CC332D0C8D0855179AA5976F4A5AEADBA479F9252B5FB",
            "intermediates/viettel-ca-rs-2026.pem S 2D729CB257CC1F61B79C8FEEF7DA5063766DDEA6E5AF16ED7480BBB15342A6FF",
            "intermediates/mk-ca-smartca.pem S D8274658DDADE5FCA58200E2901C0B3A154CEBC3D1A43920D8E2EF67D3E72885",
            "intermediates/mk-ca-oneca.pem S 0DD0DF0E33E10A4A7BE67623251D7BAC4BF4D5188CAEB33CD528C26A8C5AA5AC",
            "intermediates/one-ca-sha256-v2.pem S C35AB20E95E926E16D5B7C8CCDC536904695F6E23507DFEAFA68A92696AF2A8C",
            "tsa/fpt-ca-timestamping.pem S 17C81E9AB51D4450E684861213B6B57BE34B9AD27909D6D5E013D629001862D0",
            "tsa/vnpt-timestamping.pem S 76413A7996A4ED77DC5406E98B4298A24EF8AECC929B554FB025552E41898EB1",
            "tsa/viettel-ca-timestamping.pem S 7E4AA634318D0C2DAF0182B94B6B75D26CEC7DAB821CE3502BDB66745858E424",
            "tsa/intrust-tsa.pem S 85FA4B233DC539861D00C7D857A4657E0E672A055191E8648F1A0517A5EF4897",
            "tsa/ca2-time-stamp.pem S C54B8473B9DCA256A6D16939D65CD242D4C414D941EFF5710FE0A291BE547F8D",
            "tsa/vnpay-ca-tsa.pem S D4937F5D2228B711DAEAC8A8B782338990A4C138283F8A38B2A984521EECE37A",
            "legacy/vnpt-ca-2009.pem C 068927B4C1A38AE4DB1E8F59A71A8C643D9DFBB53A674862387BD5AA7386247B",
            "legacy/viettel-ca-2015.pem C 684CAF190176D13158808EF193B2D20575399A87FD9E8C5BEDC09065A184841A",
            "legacy/fpt-ca-2015.pem C 406BA8BE66EAD6D01672F1E137CC35A778E2F289EDD3F9E7580964190B83C761",
            "legacy/bkavca-2015.pem C DDAB3AA11600215C08CA4CCBC18BE5204C171A48081A6CD73A95AA868E1258AF",
            "legacy/ca2-2015.pem C 22A088DEDD18B017409157CCDCE931236492DF259459E7FAC424574DD06380E2",
            "legacy/newtel-ca-2013.pem C 27AB09408347EE182186D2A21E82FEDA0A4E0F84441525BA1DE74A7E87401EBA",
            "legacy/safe-ca-2012.pem S 2DC2258971BA842F141F5DD0C24D018CD053C959390480891CEBF0AC806AB3D3",
            "legacy/safe-ca-2017.pem S 4E66E0073C9C217DBFA80697B0096FA61D71C1F32B29A12C2E2C37C0CAC35881",
            "legacy/smartsign-2012.pem S 429AEFDFDA0226C104ABF0511AD5B0F219A2B9AA6B23B6C964D43B44A5D38395",
            "legacy/smartsign-2017.pem S 591E6796472780FCF98D2E6797C8249457726DEE54A264307D9B51193CDBD5FD",
            "legacy/efy-ca-2018.pem S 78B775B5C62B409CF088AA3316074152325582F8F5DF7B6A2CCD71F70480877C",
            "legacy/trustca-g1-2019.pem S BFB284BDECB1DC958A7E0BBD8418AB54D4E7866E440446B87631DE21AFB04AC7");

    private static Map<String, String> pins() {
        Map<String, String> m = new TreeMap<>();
        for (String p : PINS) {
            String[] f = p.split(" ", -1);
            m.put(f[0], f[1] + " " + f[2]);
        }
        return m;
    }

    @Test
    void everyShippedCertificateIsPinnedByFingerprintAndProvenance() throws Exception {
        Map<String, String> shipped = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (TrustProfile.Entry e : TrustProfile.VN_ALL.entries()) {
            String fp = HexFormat.of()
                    .withUpperCase()
                    .formatHex(sha.digest(e.certificate().getEncoded()));
            assertEquals(fp, e.sha256(), e.file());
            shipped.put(e.file(), (e.provenance() == TrustProfile.Provenance.CROSS_CHECKED ? "C" : "S") + " " + fp);
        }
        assertEquals(pins(), shipped);
    }

    @Test
    void theProfilesSplitTheTwoPkis() {
        assertTrue(TrustProfile.VN_GOV.entries().stream().allMatch(e -> e.file().startsWith("vgca/")));
        assertTrue(TrustProfile.VN_PUBLIC.entries().stream()
                .noneMatch(e -> e.file().startsWith("vgca/")));
        assertEquals(
                TrustProfile.VN_ALL.entries().size(),
                TrustProfile.VN_GOV.entries().size()
                        + TrustProfile.VN_PUBLIC.entries().size());
        assertEquals(TrustProfile.VN_GOV, TrustProfile.byId("VN-GOV").orElseThrow());
        assertTrue(TrustProfile.byId("vn-other").isEmpty());
    }

    private static Set<String> anchorFiles(List<X509Certificate> certs) {
        return TrustProfile.VN_ALL.entries().stream()
                .filter(e -> certs.contains(e.certificate()))
                .map(TrustProfile.Entry::file)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void onlyCrossCheckedRootsAreAnchorsUnlessSingleSourceOnesAreAskedForLoudly() {
        TrustPolicy gov =
                TrustPolicy.builder().trustProfile(TrustProfile.VN_GOV).build();
        assertEquals(Set.of("vgca/vgca-root-g1.pem", "vgca/vgca-root-g2.pem"), anchorFiles(gov.anchors()));
        assertEquals(8, gov.intermediates().size());

        TrustPolicy pub = TrustPolicy.builder().trustProfile("vn-public").build();
        assertEquals(
                Set.of("neac/neac-root-sha1-mic.pem", "neac/neac-root-sha256.pem", "neac/neac-root-g3.pem"),
                anchorFiles(pub.anchors()));
        // the TSA root anchors time-stamping authorities only
        assertEquals(
                Set.of(
                        "neac/neac-root-sha1-mic.pem",
                        "neac/neac-root-sha256.pem",
                        "neac/neac-root-g3.pem",
                        "neac/neac-tsa.pem"),
                anchorFiles(pub.timestampAnchors()));

        TrustPolicy unconfirmed = TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_PUBLIC)
                .trustUnconfirmedSingleSourceAnchors()
                .build();
        assertEquals(
                Set.of(
                        "neac/neac-root-sha1-mic.pem",
                        "neac/neac-root-sha256.pem",
                        "neac/neac-root-g3.pem",
                        "neac/neac-root-rs.pem",
                        "neac/neac-root-usbtoken.pem",
                        "neac/neac-root-mobilepki.pem",
                        "neac/neac-root-ema.pem"),
                anchorFiles(unconfirmed.anchors()));
        assertTrue(unconfirmed.toString().contains("UNCONFIRMED"), unconfirmed.toString());

        TrustPolicy all =
                TrustPolicy.builder().trustProfile(TrustProfile.VN_ALL).build();
        assertEquals(5, all.anchors().size());
    }

    /**
     * Every CA certificate of the profiles chains, with the JDK's PKIX builder given all the profiles' roots and CAs, to
     * the root whose subject key identifier its authority key identifier names, at a time inside its validity.
     */
    @Test
    @SuppressWarnings("JavaUtilDate")
    void everyRealCaCertificateChainsToItsRootByKey() throws Exception {
        TrustPolicy all = TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_ALL)
                .trustUnconfirmedSingleSourceAnchors()
                .build();
        Set<TrustAnchor> anchors = all.timestampAnchors().stream()
                .map(c -> new TrustAnchor(c, null))
                .collect(Collectors.toSet());
        List<String> failures = new ArrayList<>();
        for (TrustProfile.Entry e : TrustProfile.VN_ALL.entries()) {
            if (e.role() != TrustProfile.Role.INTERMEDIATE) {
                continue;
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(e.certificate());
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(new Date(e.certificate().getNotBefore().getTime() + 86_400_000L));
            List<Object> store = new ArrayList<>(all.intermediates());
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            // NEAC's newer CAs mark their CRL distribution points critical (see UnderstoodExtensions)
            params.addCertPathChecker(new dev.edxml.sign.internal.UnderstoodExtensions());
            try {
                PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult)
                        CertPathBuilder.getInstance("PKIX").build(params);
                X509Certificate root = r.getTrustAnchor().getTrustedCert();
                List<? extends java.security.cert.Certificate> path =
                        r.getCertPath().getCertificates();
                X509Certificate last = (X509Certificate) path.get(path.size() - 1);
                assertArrayEquals(
                        dev.edxml.sign.internal.CertIds.subjectKeyId(root).orElseThrow(),
                        dev.edxml.sign.internal.CertIds.authorityKeyId(last).orElseThrow(),
                        e.file());
            } catch (Exception ex) {
                failures.add(e.file() + ": " + ex);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Without the checker that understands critical CRL distribution points, the JDK refuses NEAC's newer CAs. */
    @Test
    @SuppressWarnings("JavaUtilDate")
    void theJdkAloneRefusesNeacsCriticalCrlDistributionPoints() throws Exception {
        TrustProfile.Entry misa = TrustProfile.VN_PUBLIC.entries().stream()
                .filter(e -> e.file().equals("intermediates/misa-ca-rs-2026.pem"))
                .findFirst()
                .orElseThrow();
        X509Certificate root = TrustProfile.VN_PUBLIC.entries().stream()
                .filter(e -> e.file().equals("neac/neac-root-rs.pem"))
                .findFirst()
                .orElseThrow()
                .certificate();
        assertTrue(misa.certificate().getCriticalExtensionOIDs().contains("2.5.29.31"));
        java.security.cert.CertPathValidator v = java.security.cert.CertPathValidator.getInstance("PKIX");
        java.security.cert.PKIXParameters params =
                new java.security.cert.PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        params.setDate(new Date(misa.certificate().getNotBefore().getTime() + 86_400_000L));
        java.security.cert.CertPath path = java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertPath(List.of(misa.certificate()));
        org.junit.jupiter.api.Assertions.assertThrows(
                java.security.cert.CertPathValidatorException.class, () -> v.validate(path, params));
        params.addCertPathChecker(new dev.edxml.sign.internal.UnderstoodExtensions());
        v.validate(path, params);
    }

    /** The README's anchor table and the generated docs/trust/profiles.md say what the jar holds. */
    @Test
    void theDocsListWhatIsShipped() throws Exception {
        java.nio.file.Path readme = java.nio.file.Path.of("..", "README.md");
        java.nio.file.Path list = java.nio.file.Path.of("..", "docs", "trust", "profiles.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.exists(readme) && java.nio.file.Files.exists(list),
                "run from the module folder of a checkout");
        String r = java.nio.file.Files.readString(readme);
        String l = java.nio.file.Files.readString(list);
        for (TrustProfile.Entry e : TrustProfile.VN_ALL.entries()) {
            assertTrue(
                    l.contains("| `" + e.file() + "` | " + e.profile() + " | "
                            + e.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " | "
                            + e.provenance()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', '-') + " | `" + e.sha256()
                            + "` |"),
                    e.file());
            if (e.isAnchor()) {
                assertTrue(
                        r.contains("`" + e.sha256() + "` | "
                                + (e.provenance() == TrustProfile.Provenance.CROSS_CHECKED
                                        ? "cross-checked"
                                        : "**single-source**")),
                        e.file());
            }
        }
    }

    private static X509Certificate shipped(String file) {
        return TrustProfile.VN_ALL.entries().stream()
                .filter(e -> e.file().equals(file))
                .findFirst()
                .orElseThrow()
                .certificate();
    }

    private static Set<String> codes(CertificateCheck c) {
        return c.problems().stream().map(p -> p.severity() + " " + p.code()).collect(Collectors.toSet());
    }

    /**
     * Real certificates as the thing checked: MISA-CA RS 2026 chains to the single-source NEAC RS root, trusted only
     * with the loud option and then with the warning EDXML-SIG-040; the VGCA G1 "Chính phủ" CA is signed with SHA-1
     * by RootCA G1, hence EDXML-SIG-041.
     */
    @Test
    void realChainsGetTheirWarnings() {
        java.time.Instant at = java.time.Instant.parse("2026-12-01T00:00:00Z");
        X509Certificate misa = shipped("intermediates/misa-ca-rs-2026.pem");
        CertificateCheck strict = TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_PUBLIC)
                .at(at)
                .build()
                .check(misa, List.of());
        assertTrue(codes(strict).contains("ERROR EDXML-SIG-014"), strict.toString());
        CertificateCheck loud = TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_PUBLIC)
                .trustUnconfirmedSingleSourceAnchors()
                .at(at)
                .build()
                .check(misa, List.of());
        assertTrue(codes(loud).contains("WARNING EDXML-SIG-040"), loud.toString());
        assertTrue(
                loud.problems().stream().anyMatch(p -> p.messageEn()
                        .contains("12AFEBA2545F6FC0F31EC130F31BF2D16184A2B5B7CEBCB43CFD1BA35DD4EA46")),
                loud.toString());
        assertEquals(
                shipped("neac/neac-root-rs.pem"), loud.path().get(loud.path().size() - 1));

        CertificateCheck g1 = TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_GOV)
                .at(at)
                .build()
                .check(shipped("vgca/vgca-cp-g1.pem"), List.of());
        assertTrue(codes(g1).contains("WARNING EDXML-SIG-041"), g1.toString());
        assertTrue(
                g1.problems().stream()
                        .anyMatch(p -> p.code().equals("EDXML-SIG-041")
                                && p.messageVi().contains("Co quan chung thuc so Chinh phu")),
                g1.toString());
        CertificateCheck g2 = TrustPolicy.builder()
                .trustProfile(TrustProfile.VN_GOV)
                .at(at)
                .build()
                .check(shipped("vgca/vgca-cp-g2.pem"), List.of());
        assertTrue(
                codes(g2).stream().noneMatch(c -> c.endsWith("EDXML-SIG-041") || c.endsWith("EDXML-SIG-014")),
                g2.toString());
    }
}
