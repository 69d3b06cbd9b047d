package dev.edxml.bench;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.pdf.PdfVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Operations shared by the benchmarks. */
final class Ops {
    private Ops() {}

    /**
     * What {@code edxml inspect} does: read the package, then for every attachment sniff what it is, unzip the
     * official SDK's zip if it is one, and check a PDF's own signatures.
     */
    @SuppressWarnings("EnumOrdinal")
    static int inspect(EdxmlPackage pkg, TrustPolicy policy) throws IOException {
        int n = 0;
        if (pkg instanceof EdocPackage) {
            for (Attachment a : ((EdocPackage) pkg).attachments()) {
                PayloadType t = a.payloadType();
                n += t.ordinal();
                if (t == PayloadType.PDF || a.isZippedByConvention()) {
                    n += PdfVerifier.of(policy).examine(a).signatures().size();
                } else {
                    try (InputStream in = a.openDocument()) {
                        n += (int) in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        }
        return n;
    }

    static void write(EdxmlPackage pkg) throws IOException {
        Edxml.write(pkg, OutputStream.nullOutputStream());
    }
}
