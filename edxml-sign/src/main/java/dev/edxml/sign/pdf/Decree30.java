package dev.edxml.sign.pdf;

import dev.edxml.Finding;
import dev.edxml.Location;
import dev.edxml.sign.internal.SignMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What Decree 30/2020/NĐ-CP asks of the PDF signatures of an exchanged document, as findings with codes, clauses and
 * VI/EN text. The legal value of an electronic document lies in the competent person's digital signature and the
 * organisation's (Art. 5); the organisation signs only a document the competent person has signed (Art. 32.2.d); each
 * document attached in a separate file is signed by the organisation (Appendix I, Part I, II.8.b).
 *
 * <p>Checked on the main document: a signature, a personal one and an organisation one, the personal one first, and
 * nothing after the last signature beyond what its certification (DocMDP) permits. On each separately attached file:
 * an organisation signature. Only signatures whose value verifies over unchanged bytes count (their validity and
 * trust are the inspection's findings). Person and organisation are told apart by {@link SignerRole}, a heuristic;
 * each signature's role and how sure it is is reported as an information finding. Each {@link Finding} has the
 * clause of the decree and, as its location's path, the PDF it is about.
 *
 * @since 0.1.0
 */
public final class Decree30 {
    static final String NO_SIGNATURE = "EDXML-PDF-040";
    static final String NO_PERSON = "EDXML-PDF-041";
    static final String NO_ORGANISATION = "EDXML-PDF-042";
    static final String ORDER = "EDXML-PDF-043";
    static final String ATTACHED_NOT_ORGANISATION = "EDXML-PDF-044";
    static final String AFTER_LAST = "EDXML-PDF-045";
    static final String ROLE = "EDXML-PDF-046";

    static final String ART5 = "Nghị định 30/2020/NĐ-CP, Điều 5";
    static final String PERSON_CLAUSE = "Nghị định 30/2020/NĐ-CP, Điều 5; Phụ lục I, Phần I, Mục II, khoản 7 điểm a, d";
    static final String ORGANISATION_CLAUSE =
            "Nghị định 30/2020/NĐ-CP, Điều 5; Phụ lục I, Phần I, Mục II, khoản 8 điểm a";
    static final String ORDER_CLAUSE = "Nghị định 30/2020/NĐ-CP, Điều 32 khoản 2 điểm d";
    static final String ATTACHED_CLAUSE = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 8 điểm b";
    static final String AFTER_CLAUSE = "Nghị định 30/2020/NĐ-CP, Điều 5; ISO 32000-1 12.8.2.2 (DocMDP)";

    private Decree30() {}

    /**
     * Checks a document's PDFs.
     *
     * @param main     the main document (văn bản chính)
     * @param attached the documents attached in separate files (văn bản kèm theo không cùng tệp tin)
     */
    public static List<Finding> check(PdfReport main, List<PdfReport> attached) {
        Objects.requireNonNull(main, "main");
        List<Finding> out = new ArrayList<>();
        String mainName = main.name().orElse("PDF");
        List<PdfSignatureInfo> sigs = counted(main);
        roles(main, sigs, out);
        if (sigs.isEmpty()) {
            out.add(finding(SignMessages.warning(NO_SIGNATURE, mainName), ART5, mainName));
        } else {
            int person = firstIndex(sigs, SignerRole.Kind.PERSON);
            int organisation = firstIndex(sigs, SignerRole.Kind.ORGANISATION);
            if (person < 0) {
                out.add(finding(SignMessages.warning(NO_PERSON, mainName), PERSON_CLAUSE, mainName));
            }
            if (organisation < 0) {
                out.add(finding(SignMessages.warning(NO_ORGANISATION, mainName), ORGANISATION_CLAUSE, mainName));
            }
            if (person >= 0
                    && organisation >= 0
                    && organisation < person
                    && lastIndex(sigs, SignerRole.Kind.ORGANISATION) < person) {
                out.add(finding(
                        SignMessages.warning(
                                ORDER,
                                mainName,
                                sigs.get(organisation).fieldName(),
                                sigs.get(person).fieldName()),
                        ORDER_CLAUSE,
                        mainName));
            }
            afterLast(main, out);
        }
        for (PdfReport a : attached) {
            String name = a.name().orElse("PDF");
            List<PdfSignatureInfo> as = counted(a);
            roles(a, as, out);
            if (firstIndex(as, SignerRole.Kind.ORGANISATION) < 0) {
                out.add(finding(SignMessages.warning(ATTACHED_NOT_ORGANISATION, name), ATTACHED_CLAUSE, name));
            }
            if (!as.isEmpty()) {
                afterLast(a, out);
            }
        }
        return List.copyOf(out);
    }

    /** The PDFs of a package in their order: the first is taken as the main document, the others as attached files. */
    public static List<Finding> checkInOrder(List<PdfReport> pdfs) {
        if (pdfs.isEmpty()) {
            return List.of();
        }
        return check(pdfs.get(0), pdfs.subList(1, pdfs.size()));
    }

    /** The signatures that count: value verified over unchanged bytes, not document timestamps, in file order. */
    private static List<PdfSignatureInfo> counted(PdfReport r) {
        return r.signatures().stream()
                .filter(s -> s.kind() == PdfSignatureInfo.Kind.SIGNATURE
                        && s.signatureValueVerifies()
                        && s.digestMatches()
                        && s.coverage() != PdfSignatureInfo.Coverage.BROKEN
                        && s.signer().isPresent())
                .sorted(java.util.Comparator.comparingLong(PdfSignatureInfo::signedLength))
                .toList();
    }

    private static void roles(PdfReport r, List<PdfSignatureInfo> sigs, List<Finding> out) {
        String name = r.name().orElse("PDF");
        for (PdfSignatureInfo s : sigs) {
            SignerRole role = SignerRole.of(s.signer().orElseThrow());
            out.add(finding(
                    SignMessages.info(
                            ROLE,
                            name,
                            s.fieldName(),
                            s.signer().orElseThrow().displayName(),
                            role.kind().name().toLowerCase(java.util.Locale.ROOT),
                            role.confidence().name().toLowerCase(java.util.Locale.ROOT),
                            role.reason()),
                    ART5,
                    name));
        }
    }

    private static void afterLast(PdfReport r, List<Finding> out) {
        int level = r.signatures().stream()
                .mapToInt(PdfSignatureInfo::certificationLevel)
                .filter(p -> p > 0)
                .min()
                .orElse(0);
        PdfChange after = r.appended();
        boolean allowed =
                switch (after) {
                    case NONE, PADDING, VALIDATION_DATA -> true;
                    default -> level > 0 && after.permittedBy(level);
                };
        if (!allowed) {
            String name = r.name().orElse("PDF");
            out.add(finding(
                    SignMessages.warning(
                            AFTER_LAST,
                            name,
                            String.valueOf(r.appendedBytes()),
                            after.describe(java.util.Locale.ENGLISH)),
                    AFTER_CLAUSE,
                    name));
        }
    }

    private static int firstIndex(List<PdfSignatureInfo> sigs, SignerRole.Kind kind) {
        for (int i = 0; i < sigs.size(); i++) {
            if (SignerRole.of(sigs.get(i).signer().orElseThrow()).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<PdfSignatureInfo> sigs, SignerRole.Kind kind) {
        for (int i = sigs.size() - 1; i >= 0; i--) {
            if (SignerRole.of(sigs.get(i).signer().orElseThrow()).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static Finding finding(Finding p, String clause, String file) {
        return new Finding(
                p.code(), p.severity(), p.arguments(), Location.of(file), clause, p.messageVi(), p.messageEn());
    }
}
