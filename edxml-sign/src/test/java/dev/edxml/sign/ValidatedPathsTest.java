package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.sign.internal.CertificateCheck;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bounded cache of built certificate paths (issue 19): reused only while every certificate on it is valid. */
class ValidatedPathsTest {
    private static Set<String> codes(CertificateCheck c) {
        return c.problems().stream().filter(Finding::isError).map(Finding::code).collect(Collectors.toSet());
    }

    @Test
    void aPathFoundOnceIsReusedAndStillCheckedForTime() throws Exception {
        ChainPki root = ChainPki.root("C=VN,O=Test,CN=Root");
        ChainPki ca = root.subCa("C=VN,O=Test,CN=CA", "SHA256withRSA");
        SigningKey key = ca.signer("Nguyễn Văn An", null, null);
        X509Certificate signer = key.chain().get(0);
        List<X509Certificate> others = List.of(ca.cert);
        TrustPolicy policy = TrustPolicy.builder().trustAnchor(root.cert).build();
        Instant now = Instant.now();

        CertificateCheck first = policy.check(signer, others, now);
        assertTrue(first.isTrusted(), first.toString());
        assertEquals(List.of(signer, ca.cert, root.cert), first.path());
        CertificateCheck again = policy.check(signer, others, now.plusSeconds(60));
        assertEquals(first, again, "the same path and findings from the cache");

        // outside the signer's validity the cached path is not taken: the builder runs and says why
        Instant late = signer.getNotAfter().toInstant().plusSeconds(1);
        CertificateCheck expired = policy.check(signer, others, late);
        assertFalse(expired.isTrusted(), expired.toString());
        assertEquals(Set.of("EDXML-SIG-015"), codes(expired), expired.toString());
        Instant early = signer.getNotBefore().toInstant().minusSeconds(1);
        assertFalse(policy.check(signer, others, early).isTrusted());

        // what the signature sent is part of the question: without the CA there is no path, cached or not
        assertEquals(Set.of("EDXML-SIG-014"), codes(policy.check(signer, List.of(), now)));
        // and a time-stamping authority's check is another question (its key usage is refused, the path is built)
        assertTrue(codes(policy.checkTimestampAuthority(signer, others)).contains("EDXML-SIG-046"));
    }

    @Test
    void theCacheIsBoundedAndKeepsWhatWasUsedLast() throws Exception {
        ChainPki root = ChainPki.root("C=VN,O=Test,CN=Root 2");
        X509Certificate signer =
                root.signer("Trần Thị Bình", null, null).chain().get(0);
        ValidatedPaths paths = new ValidatedPaths();
        ValidatedPaths.Found found = new ValidatedPaths.Found(
                List.of(signer),
                root.cert,
                signer.getNotBefore().toInstant(),
                signer.getNotAfter().toInstant());
        Instant now = Instant.now();
        ValidatedPaths.Key kept = new ValidatedPaths.Key(true, signer, List.of());
        paths.put(kept, found);
        for (int i = 1; i <= ValidatedPaths.CAPACITY + 50; i++) {
            paths.put(new ValidatedPaths.Key(true, signer, Collections.nCopies(i, root.cert)), found);
            if (i % 10 == 0) {
                assertNotNull(paths.get(kept, now), "used recently, so kept");
            }
        }
        assertEquals(ValidatedPaths.CAPACITY, paths.size());
        assertNotNull(paths.get(kept, now));
        assertNull(
                paths.get(new ValidatedPaths.Key(true, signer, Collections.nCopies(1, root.cert)), now),
                "the eldest went");
        assertNull(paths.get(kept, signer.getNotAfter().toInstant().plusMillis(1)), "not past the validity");
    }
}
