package dev.edxml.sign.pdf;

import dev.edxml.Finding;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.internal.SignMessages;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/** Checks one signature dictionary: its byte range, then its CMS value by the kind its {@code /SubFilter} names. */
final class SignatureInspection {
    static final String ADBE_DETACHED = "adbe.pkcs7.detached";
    static final String CADES_DETACHED = "ETSI.CAdES.detached";
    static final String RFC3161 = "ETSI.RFC3161";
    private static final CmsCheck.Result NONE = new CmsCheck.Result(
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            false,
            false,
            false,
            List.of(),
            Optional.empty());

    /** What is known before the bytes after the signature are judged; {@code range} is null when it is broken. */
    record Partial(
            String field,
            PdfSignatureInfo.Kind kind,
            Optional<String> subFilter,
            Optional<Instant> claimed,
            ByteRange range,
            PdfSignatureInfo.Coverage coverage,
            CmsCheck.Result cms,
            List<Finding> problems) {
        PdfSignatureInfo finish(PdfChange after, int certification, Optional<Instant> proven) {
            return new PdfSignatureInfo(
                    field,
                    kind,
                    subFilter,
                    cms.signer(),
                    cms.chain(),
                    claimed,
                    cms.time(),
                    cms.digestAlgorithm(),
                    cms.valueVerifies(),
                    cms.digestMatches(),
                    coverage,
                    range == null ? 0 : range.end(),
                    after,
                    cms.trusted(),
                    problems,
                    certification,
                    cms.timestamp(),
                    proven);
        }
    }

    private SignatureInspection() {}

    static Partial check(String field, PDSignature sig, PdfSource src, TrustPolicy policy) throws IOException {
        COSDictionary d = sig.getCOSObject();
        Optional<String> subFilter = Optional.ofNullable(d.getNameAsString(COSName.SUB_FILTER));
        PdfSignatureInfo.Kind kind = PdfInspection.DOC_TIME_STAMP.equals(d.getCOSName(COSName.TYPE))
                        || subFilter.filter(RFC3161::equals).isPresent()
                ? PdfSignatureInfo.Kind.DOCUMENT_TIMESTAMP
                : PdfSignatureInfo.Kind.SIGNATURE;
        Optional<Instant> claimed = claimedTime(sig);
        List<Finding> problems = new ArrayList<>();
        ByteRange range;
        String bad;
        try {
            range = ByteRange.parse(d.getDictionaryObject(COSName.BYTERANGE));
            bad = range.problem(src);
        } catch (IllegalArgumentException e) {
            range = null;
            bad = e.getMessage();
        }
        if (bad == null && !Arrays.equals(range.holeValue(src), sig.getContents())) {
            bad = "the hole between the ranges does not hold this signature's /Contents";
        }
        if (bad == null) {
            String open = range.unclosedRevision(src);
            if (open != null) {
                problems.add(SignMessages.error(PdfCodes.REVISION_NOT_CLOSED, field, open));
            }
        }
        if (bad != null) {
            problems.add(SignMessages.error(PdfCodes.BAD_BYTE_RANGE, field, bad));
            return new Partial(field, kind, subFilter, claimed, null, PdfSignatureInfo.Coverage.BROKEN, NONE, problems);
        }
        PdfSignatureInfo.Coverage coverage = range.end() == src.size()
                ? PdfSignatureInfo.Coverage.WHOLE_FILE
                : PdfSignatureInfo.Coverage.EARLIER_REVISION;
        byte[] value = range.holeValue(src);
        String sf = subFilter.orElse("");
        CmsCheck.Result cms;
        if (kind == PdfSignatureInfo.Kind.SIGNATURE && (ADBE_DETACHED.equals(sf) || CADES_DETACHED.equals(sf))) {
            cms = CmsCheck.signature(field, CADES_DETACHED.equals(sf), value, range, src, policy);
        } else if (kind == PdfSignatureInfo.Kind.DOCUMENT_TIMESTAMP && RFC3161.equals(sf)) {
            cms = CmsCheck.timestamp(field, value, range, src, policy);
        } else {
            problems.add(SignMessages.error(PdfCodes.UNSUPPORTED, field, "/SubFilter " + subFilter.orElse("(none)")));
            cms = NONE;
        }
        problems.addAll(cms.problems());
        return new Partial(field, kind, subFilter, claimed, range, coverage, cms, problems);
    }

    /** A signature whose check failed unexpectedly (a library error on hostile input). */
    static Partial broken(String field, String reason) {
        List<Finding> problems = new ArrayList<>();
        problems.add(SignMessages.error(PdfCodes.BAD_CMS, field, reason));
        return new Partial(
                field,
                PdfSignatureInfo.Kind.SIGNATURE,
                Optional.empty(),
                Optional.empty(),
                null,
                PdfSignatureInfo.Coverage.BROKEN,
                NONE,
                problems);
    }

    /** {@code /M}; a date PDFBox cannot parse is left out rather than guessed. */
    private static Optional<Instant> claimedTime(PDSignature sig) {
        try {
            return Optional.ofNullable(sig.getSignDate()).map(Calendar::toInstant);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
