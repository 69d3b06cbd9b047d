package dev.edxml.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfSignatureScanTest {
    private static boolean scan(String pdf) throws IOException {
        return PdfSignatureScan.hasSignature(new ByteArrayInputStream(pdf.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void findsAnAppliedSignature() throws IOException {
        assertTrue(scan("%PDF-1.7\n<</Type/Sig/ByteRange[0 1 2 3]/Contents<00>>>"));
        assertTrue(scan("%PDF-1.7\n<< /ByteRange [0 1 2 3] /Type /Sig >>"));
        assertTrue(scan("%PDF-1.7\n<< /FT /Sig\r/V 5 0 R >> << //ByteRange [0 1 2 3] >>"));
    }

    @Test
    void ignoresAnEmptySignatureFieldAndLookalikeNames() throws IOException {
        assertFalse(scan("%PDF-1.7\n<< /FT /Sig /T (Signature1) >>"), "an empty field has no /ByteRange");
        assertFalse(scan("%PDF-1.7\n<< /SigFlags 3 /ByteRange [0 1 2 3] >>"), "/SigFlags is not /Sig");
        assertFalse(scan("%PDF-1.7\n<< /ByteRange [0] /Sigil 1 >>"), "/Sigil is not /Sig");
        assertFalse(scan("%PDF-1.7\n<< /Type /Sig"), "/Sig at the very end is cut off");
        assertFalse(scan(""));
    }

    @Test
    void findsMarkersFarApartInALargeFile() throws IOException {
        String filler = "x".repeat(3 << 20);
        assertTrue(scan("%PDF-1.7\n/ByteRange [0 1 2 3]" + filler + "/Type /Sig\n"));
    }
}
