package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.EdxmlException;
import dev.edxml.Location;
import dev.edxml.internal.xml.Names;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Manifest;
import dev.edxml.model.ManifestReference;
import dev.edxml.model.PayloadType;
import dev.edxml.model.SpecVersion;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules of area ATT: the body manifest and the attached files (spec §6, §11.8, §12.3 V-AT-1…4). Codes 001–003 and
 * 010–014 belong to the reader and the unzipper; a zipped attachment that does not unpack is reported under the
 * unzipper's own code by {@code EDXML-ATT-040}.
 *
 * <p>The usual document types ({@link #USUAL_EXTENSIONS}): PDF, Word, Excel, PowerPoint and OpenDocument files, RTF,
 * plain text, XML, ZIP/RAR/7z archives and JPEG, PNG or TIFF images. Anything else is reported as unusual.
 */
final class AttachmentRules {
    private static final String NS = SpecVersion.QCVN_102_2016.namespace();
    private static final String NONE = "–";
    /** The file extensions receivers are known to handle (QĐ 28/2018 documents, their annexes and scans). */
    static final List<String> USUAL_EXTENSIONS = List.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "xml", "zip", "rar",
            "7z", "jpg", "jpeg", "png", "tif", "tiff");

    static final int MAX_NAME = 500;

    private static final Set<String> ZIP_TYPES =
            Set.of("application/zip", "application/x-zip-compressed", "application/x-zip", "multipart/x-zip");
    private static final Set<String> ZIP_BASED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/docx",
            "application/xslx");
    private static final Set<String> OLE_TYPES = Set.of(
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.ms-office",
            "application/x-msexcel",
            "application/doc",
            "application/xsl");
    private static final Set<String> PDF_TYPES = Set.of("application/pdf", "application/x-pdf");
    /** The non-standard types of the 2018 SDK build (spec §6.3, §11.8) and what they stand for. */
    private static final Map<String, String> NON_STANDARD = Map.of(
            "application/doc", "application/msword",
            "application/docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/xsl", "application/vnd.ms-excel",
            "application/xslx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/x-pdf", "application/pdf");

    private static final String PAIRING =
            "QCVN 102:2016 (edXMLManifest/Reference ↔ AttachmentEncoded/Attachment); " + "[official SDK]";
    private static final String NAME = "QCVN 102:2016 (AttachmentName)";
    private static final String TYPE = "QCVN 102:2016 (ContentType); spec §6.3 [official SDK] zip convention";
    private static final String MAIN = "Decree 30/2020 Art. 5, App. I Part II (.pdf); QĐ 28/2018";

    private AttachmentRules() {}

    static List<Rule> rules() {
        return List.of(
                rule("EDXML-ATT-020", PAIRING, E, E, W, ctx -> pairing(ctx, Pairing.Kind.REFERENCE_ALONE)),
                rule("EDXML-ATT-021", PAIRING, E, E, W, ctx -> pairing(ctx, Pairing.Kind.ATTACHMENT_ALONE)),
                rule("EDXML-ATT-022", PAIRING, E, E, W, ctx -> duplicates(ctx, true)),
                rule("EDXML-ATT-023", PAIRING, W, W, I, ctx -> duplicates(ctx, false)),
                rule("EDXML-ATT-024", PAIRING + "; spec §12.1.6", E, E, W, ctx -> pairing(ctx, Pairing.Kind.BY_NAME)),
                rule("EDXML-ATT-025", PAIRING, E, E, W, AttachmentRules::contentIdMissing),
                rule("EDXML-ATT-026", NAME, E, E, W, AttachmentRules::nameMissing),
                rule("EDXML-ATT-027", NAME, E, E, W, AttachmentRules::unsafeName),
                rule("EDXML-ATT-028", NAME + "; Bkav axis checker (500)", W, W, I, AttachmentRules::longName),
                rule("EDXML-ATT-030", TYPE, W, W, I, AttachmentRules::typeMissing),
                rule("EDXML-ATT-031", TYPE, E, E, W, AttachmentRules::typeContradictsBytes),
                rule("EDXML-ATT-032", TYPE, W, I, null, ctx -> zipConvention(ctx, true)),
                rule("EDXML-ATT-033", TYPE, W, W, I, ctx -> zipConvention(ctx, false)),
                rule("EDXML-ATT-034", TYPE, W, W, I, AttachmentRules::manifestType),
                rule("EDXML-ATT-035", TYPE + "; spec §11.8", I, I, null, AttachmentRules::nonStandardType),
                rule(
                        "EDXML-ATT-036",
                        "QĐ 28/2018; edxml-java list of usual document types",
                        W,
                        W,
                        I,
                        AttachmentRules::unusualType),
                rule(
                        "EDXML-ATT-040",
                        "QCVN 102:2016 (ContentTransferEncoded); [official SDK] zip convention",
                        E,
                        E,
                        E,
                        AttachmentRules::unpacks),
                rule("EDXML-ATT-041", "QCVN 102:2016 (ContentTransferEncoded)", E, E, W, AttachmentRules::empty),
                rule("EDXML-ATT-042", MAIN, W, W, I, AttachmentRules::noAttachment),
                rule("EDXML-ATT-043", MAIN, I, I, null, AttachmentRules::noPdf));
    }

    // ---- manifest ↔ attachments ------------------------------------------------------------------------------

    /** How references and attachments pair up: by content id without {@code cid:}, else by file name. */
    private record Pairing(Kind kind, int index) {
        enum Kind {
            REFERENCE_ALONE,
            ATTACHMENT_ALONE,
            BY_NAME
        }

        static List<Pairing> of(EdocPackage p) {
            List<ManifestReference> refs =
                    p.manifest().map(Manifest::references).orElse(List.of());
            List<Attachment> atts = p.attachments();
            Set<String> refIds = new HashSet<>();
            refs.forEach(r -> bareId(r.contentId()).ifPresent(refIds::add));
            Set<String> attIds = new HashSet<>();
            atts.forEach(a -> bareId(a.contentId()).ifPresent(attIds::add));
            List<Pairing> out = new ArrayList<>();
            Set<Integer> pairedByName = new HashSet<>();
            // the unreferenced attachments by file name, first come first paired: linear, not references × attachments
            Map<String, java.util.ArrayDeque<Integer>> unreferencedByName = new HashMap<>();
            for (int j = 0; j < atts.size(); j++) {
                Attachment a = atts.get(j);
                if (bareId(a.contentId()).filter(refIds::contains).isEmpty()) {
                    int index = j;
                    filled(a.name()).ifPresent(n -> unreferencedByName
                            .computeIfAbsent(n, k -> new java.util.ArrayDeque<>())
                            .add(index));
                }
            }
            for (int i = 0; i < refs.size(); i++) {
                ManifestReference r = refs.get(i);
                Optional<String> id = bareId(r.contentId());
                if (id.isEmpty() || attIds.contains(id.get())) {
                    continue;
                }
                Integer match = filled(r.attachmentName())
                        .map(unreferencedByName::get)
                        .map(java.util.ArrayDeque::poll)
                        .orElse(null);
                int byName = match == null ? -1 : match;
                if (byName >= 0) {
                    pairedByName.add(byName);
                    out.add(new Pairing(Kind.BY_NAME, i));
                } else {
                    out.add(new Pairing(Kind.REFERENCE_ALONE, i));
                }
            }
            if (p.manifest().isPresent()) {
                for (int j = 0; j < atts.size(); j++) {
                    Optional<String> id = bareId(atts.get(j).contentId());
                    if (id.isPresent() && !refIds.contains(id.get()) && !pairedByName.contains(j)) {
                        out.add(new Pairing(Kind.ATTACHMENT_ALONE, j));
                    }
                }
            }
            return out;
        }
    }

    private static void pairing(RuleContext ctx, Pairing.Kind kind) {
        ctx.edoc().ifPresent(p -> {
            if (kind == Pairing.Kind.ATTACHMENT_ALONE && gatewayOnly(p)) {
                return; // the gateway's files have no manifest to be in: EDXML-ENV-023 reports the layout once
            }
            List<ManifestReference> refs =
                    p.manifest().map(Manifest::references).orElse(List.of());
            List<LocatedElement> writtenAtts = attachments(ctx);
            List<LocatedElement> writtenRefs = references(ctx);
            for (Pairing m : Pairing.of(p)) {
                if (m.kind() != kind) {
                    continue;
                }
                if (kind == Pairing.Kind.ATTACHMENT_ALONE) {
                    Attachment a = p.attachments().get(m.index());
                    ctx.report(
                            at(writtenAtts, m.index(), Names.CONTENT_ID, ctx),
                            a.contentId().orElse(NONE),
                            a.name().orElse(NONE));
                } else {
                    ManifestReference r = refs.get(m.index());
                    ctx.report(
                            at(writtenRefs, m.index(), Names.CONTENT_ID, ctx),
                            r.contentId().orElse(NONE),
                            r.attachmentName().orElse(NONE));
                }
            }
        });
    }

    private static void duplicates(RuleContext ctx, boolean ofAttachments) {
        ctx.edoc().ifPresent(p -> {
            List<Optional<String>> ids = ofAttachments
                    ? p.attachments().stream().map(a -> bareId(a.contentId())).toList()
                    : p.manifest().map(Manifest::references).orElse(List.of()).stream()
                            .map(r -> bareId(r.contentId()))
                            .toList();
            List<LocatedElement> written = ofAttachments ? attachments(ctx) : references(ctx);
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).isEmpty()) {
                    continue;
                }
                String id = ids.get(i).get().strip();
                int n = seen.merge(id, 1, Integer::sum);
                if (n == 2) {
                    long count = ids.stream()
                            .flatMap(Optional::stream)
                            .map(String::strip)
                            .filter(id::equals)
                            .count();
                    ctx.report(at(written, i, Names.CONTENT_ID, ctx), id, String.valueOf(count));
                }
            }
        });
    }

    /** Only when written empty: a missing ContentId is EDXML-ENV-032's (the schema requires one). */
    private static void contentIdMissing(RuleContext ctx) {
        ctx.edoc().ifPresent(p -> {
            List<ManifestReference> refs =
                    p.manifest().map(Manifest::references).orElse(List.of());
            List<LocatedElement> writtenRefs = references(ctx);
            for (int i = 0; i < refs.size(); i++) {
                Optional<LocatedElement> id = written(writtenRefs, i, Names.CONTENT_ID);
                if (bareId(refs.get(i).contentId()).isEmpty() && id.isPresent()) {
                    ctx.report(
                            id.get(),
                            Names.REFERENCE,
                            refs.get(i).attachmentName().orElse(NONE));
                }
            }
            List<LocatedElement> writtenAtts = attachments(ctx);
            for (int i = 0; i < p.attachments().size(); i++) {
                Optional<LocatedElement> id = written(writtenAtts, i, Names.CONTENT_ID);
                if (bareId(p.attachments().get(i).contentId()).isEmpty() && id.isPresent()) {
                    ctx.report(
                            id.get(),
                            Names.ATTACHMENT,
                            p.attachments().get(i).name().orElse(NONE));
                }
            }
        });
    }

    // ---- names -------------------------------------------------------------------------------------------------

    /** Every file name, from the attachments and from the manifest, with where it is written. */
    private record Named(
            String element, Optional<String> name, Optional<String> contentId, Location at, boolean written) {}

    private static List<Named> names(RuleContext ctx, EdocPackage p) {
        List<Named> out = new ArrayList<>();
        List<ManifestReference> refs = p.manifest().map(Manifest::references).orElse(List.of());
        // the written elements once, not once per name: 8,000 attachments took 30 s when they were looked up each time
        List<LocatedElement> writtenRefs = references(ctx);
        List<LocatedElement> writtenAtts = attachments(ctx);
        for (int i = 0; i < refs.size(); i++) {
            out.add(new Named(
                    Names.REFERENCE,
                    filled(refs.get(i).attachmentName()),
                    refs.get(i).contentId(),
                    at(writtenRefs, i, Names.ATTACHMENT_NAME, ctx),
                    written(writtenRefs, i, Names.ATTACHMENT_NAME).isPresent()));
        }
        for (int i = 0; i < p.attachments().size(); i++) {
            Attachment a = p.attachments().get(i);
            out.add(new Named(
                    Names.ATTACHMENT,
                    filled(a.name()),
                    a.contentId(),
                    at(writtenAtts, i, Names.ATTACHMENT_NAME, ctx),
                    written(writtenAtts, i, Names.ATTACHMENT_NAME).isPresent()));
        }
        return out;
    }

    /** Only when written empty: a missing AttachmentName is EDXML-ENV-032's (the schema requires one). */
    private static void nameMissing(RuleContext ctx) {
        ctx.edoc().ifPresent(p -> names(ctx, p).stream()
                .filter(n -> n.name().isEmpty() && n.written())
                .forEach(n -> ctx.report(n.at(), n.element(), n.contentId().orElse(NONE))));
    }

    private static void unsafeName(RuleContext ctx) {
        ctx.edoc().ifPresent(p -> names(ctx, p).forEach(n -> n.name()
                .flatMap(AttachmentRules::unsafePart)
                .ifPresent(part -> ctx.report(n.at(), printable(n.name().get()), part))));
    }

    /**
     * What makes a file name unsafe to save as given: a path separator, a name that is {@code .} or {@code ..}, a
     * control character, or a bidirectional override such as U+202E (which disguises an extension as another).
     */
    static Optional<String> unsafePart(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                return Optional.of(String.valueOf(c));
            }
            if (c < 0x20 || c >= 0x7F && c < 0xA0 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", (int) c));
            }
        }
        String t = name.strip();
        return t.equals(".") || t.equals("..") ? Optional.of(t) : Optional.empty();
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints()
                .forEach(c -> sb.append(
                        c < 0x20 || c >= 0x7F && c < 0xA0 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                                ? String.format(Locale.ROOT, "\\u%04X", c)
                                : new String(Character.toChars(c))));
        return sb.length() > 80 ? sb.substring(0, 80) + "…" : sb.toString();
    }

    private static void longName(RuleContext ctx) {
        ctx.edoc().ifPresent(p -> names(ctx, p).forEach(n -> n.name()
                .filter(s -> s.codePointCount(0, s.length()) > MAX_NAME)
                .ifPresent(s -> ctx.report(
                        n.at(),
                        printable(s),
                        String.valueOf(s.codePointCount(0, s.length())),
                        String.valueOf(MAX_NAME)))));
    }

    // ---- declared types and bytes ------------------------------------------------------------------------------

    /** An attachment with its number in the package and the element as written. */
    private interface AttachmentCheck {
        void check(RuleContext ctx, Attachment a, Optional<LocatedElement> at) throws IOException;
    }

    private static void each(RuleContext ctx, AttachmentCheck check) {
        ctx.edoc().ifPresent(p -> {
            List<LocatedElement> written = attachments(ctx);
            for (int i = 0; i < p.attachments().size(); i++) {
                try {
                    check.check(
                            ctx,
                            p.attachments().get(i),
                            i < written.size() ? Optional.of(written.get(i)) : Optional.empty());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** Only when written empty: a missing ContentType is EDXML-ENV-032's (the schema requires one). */
    private static void typeMissing(RuleContext ctx) {
        each(ctx, (c, a, at) -> {
            if (filled(a.contentType()).isEmpty()
                    && at.flatMap(x -> first(x, Names.CONTENT_TYPE)).isPresent()) {
                c.report(
                        loc(at, Names.CONTENT_TYPE, c),
                        a.name().orElse(NONE),
                        a.payloadType().typicalContentType());
            }
        });
    }

    /** A text as readers take it: stripped, absent when blank. */
    static Optional<String> filled(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** A content id as readers match it: stripped, without a leading {@code cid:}; absent when blank. */
    static Optional<String> bareId(Optional<String> contentId) {
        return filled(contentId)
                .map(id -> id.regionMatches(true, 0, "cid:", 0, 4)
                        ? id.substring(4).strip()
                        : id)
                .filter(id -> !id.isEmpty());
    }

    /** The MIME type without parameters, lower case. */
    static String base(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String extension(Optional<String> name) {
        String n = name.orElse("").strip().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 || dot == n.length() - 1 ? "" : n.substring(dot + 1);
    }

    private static void typeContradictsBytes(RuleContext ctx) {
        each(ctx, (c, a, at) -> {
            Optional<String> type = filled(a.contentType());
            if (type.isEmpty() || a.content().size() == 0 || a.isZippedByConvention()) {
                return;
            }
            String declared = base(type.get());
            byte[] head = a.content().head(8);
            PayloadType p = PayloadType.sniff(head);
            boolean fits =
                    switch (p) {
                        case PDF -> PDF_TYPES.contains(declared);
                        case ZIP -> ZIP_TYPES.contains(declared) || ZIP_BASED.contains(declared);
                        case OLE -> OLE_TYPES.contains(declared);
                        case OTHER -> !(PDF_TYPES.contains(declared)
                                || ZIP_TYPES.contains(declared)
                                || ZIP_BASED.contains(declared)
                                || OLE_TYPES.contains(declared)
                                || declared.equals("image/png") && !isPng(head)
                                || declared.equals("image/jpeg") && !isJpeg(head));
                    };
            if (!fits && !declared.equals("application/octet-stream")) {
                c.report(loc(at, Names.CONTENT_TYPE, c), a.name().orElse(NONE), type.get(), describe(p, head));
            }
        });
    }

    private static boolean isPng(byte[] h) {
        return h.length >= 4 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G';
    }

    private static boolean isJpeg(byte[] h) {
        return h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF;
    }

    /** What the bytes are, in words that need no translation. */
    private static String describe(PayloadType p, byte[] head) {
        switch (p) {
            case PDF:
                return "PDF (%PDF-)";
            case ZIP:
                return "ZIP (PK\\3\\4)";
            case OLE:
                return "OLE (DOC/XLS/PPT)";
            default:
                StringBuilder sb = new StringBuilder("0x");
                for (int i = 0; i < Math.min(4, head.length); i++) {
                    sb.append(String.format(Locale.ROOT, "%02X", head[i]));
                }
                return sb.toString();
        }
    }

    /**
     * The SDK's zip convention: a ZIP whose name is not {@code .zip} (the receiver unzips it), or an Office file the
     * 2019 SDK build zipped and declared {@code application/zip} under its own name.
     */
    private static void zipConvention(RuleContext ctx, boolean declaredZip) {
        each(ctx, (c, a, at) -> {
            Optional<String> type = filled(a.contentType());
            if (a.content().size() == 0 || a.payloadType() != PayloadType.ZIP || type.isEmpty()) {
                return;
            }
            boolean isZip = ZIP_TYPES.contains(base(type.get()));
            boolean convention =
                    a.isZippedByConvention() || isZip && !extension(a.name()).equals("zip");
            if (convention && isZip == declaredZip) {
                c.report(loc(at, Names.CONTENT_TYPE, c), a.name().orElse(NONE), type.get());
            }
        });
    }

    private static void manifestType(RuleContext ctx) {
        ctx.edoc().ifPresent(p -> {
            List<ManifestReference> refs =
                    p.manifest().map(Manifest::references).orElse(List.of());
            List<LocatedElement> written = references(ctx);
            // the first attachment of each content id, looked up in a map (not a scan per reference)
            Map<String, Attachment> byId = new HashMap<>();
            p.attachments().forEach(x -> bareId(x.contentId()).ifPresent(id -> byId.putIfAbsent(id, x)));
            for (int i = 0; i < refs.size(); i++) {
                ManifestReference r = refs.get(i);
                Optional<Attachment> a = bareId(r.contentId()).map(byId::get);
                Optional<String> declared = filled(r.contentType());
                Optional<String> actual = a.flatMap(x -> filled(x.contentType()));
                if (declared.isPresent()
                        && actual.isPresent()
                        && !base(declared.get()).equals(base(actual.get()))) {
                    ctx.report(
                            at(written, i, Names.CONTENT_TYPE, ctx),
                            r.attachmentName().or(() -> a.get().name()).orElse(NONE),
                            declared.get(),
                            actual.get());
                }
            }
        });
    }

    private static void nonStandardType(RuleContext ctx) {
        each(ctx, (c, a, at) -> filled(a.contentType())
                .filter(t -> NON_STANDARD.containsKey(base(t)))
                .ifPresent(t ->
                        c.report(loc(at, Names.CONTENT_TYPE, c), a.name().orElse(NONE), t, NON_STANDARD.get(base(t)))));
    }

    private static void unusualType(RuleContext ctx) {
        each(ctx, (c, a, at) -> {
            if (filled(a.name()).isPresent() && !USUAL_EXTENSIONS.contains(extension(a.name()))) {
                c.report(
                        loc(at, Names.ATTACHMENT_NAME, c),
                        printable(a.name().get()),
                        String.join(", ", USUAL_EXTENSIONS));
            }
        });
    }

    // ---- content -----------------------------------------------------------------------------------------------

    private static void unpacks(RuleContext ctx) {
        each(ctx, (c, a, at) -> {
            if (a.content().size() == 0 || !a.isZippedByConvention()) {
                return;
            }
            try (InputStream in = a.openDocument()) {
                in.readNBytes(8);
            } catch (EdxmlException e) {
                c.report(loc(at, Names.CONTENT_TRANSFER_ENCODED, c), e);
            } catch (IOException e) {
                c.report(
                        loc(at, Names.CONTENT_TRANSFER_ENCODED, c),
                        a.name().orElse(NONE),
                        String.valueOf(e.getMessage()));
            }
        });
    }

    private static void empty(RuleContext ctx) {
        each(ctx, (c, a, at) -> {
            if (a.content().size() == 0) {
                c.report(loc(at, Names.CONTENT_TRANSFER_ENCODED, c), a.name().orElse(NONE));
            }
        });
    }

    private static boolean isNewDocument(EdocPackage p) {
        return p.business()
                .flatMap(Business::type)
                .map(BusinessDocType.NEW::equals)
                .orElse(true);
    }

    private static void noAttachment(RuleContext ctx) {
        ctx.edoc()
                .filter(p -> isNewDocument(p) && p.attachments().isEmpty())
                .ifPresent(p -> ctx.report(ctx.envelope()
                        .flatMap(e -> first(e, Names.EDXML_BODY))
                        .or(ctx::envelope)
                        .map(LocatedElement::location)
                        .orElse(Location.PACKAGE)));
    }

    private static void noPdf(RuleContext ctx) {
        ctx.edoc().filter(p -> isNewDocument(p) && !p.attachments().isEmpty()).ifPresent(p -> {
            if (p.attachments().stream().noneMatch(AttachmentRules::isPdf)) {
                ctx.report(
                        attachments(ctx).stream()
                                .findFirst()
                                .map(LocatedElement::location)
                                .orElse(Location.PACKAGE),
                        String.valueOf(p.attachments().size()));
            }
        });
    }

    /** Whether the document, once unpacked from the SDK's zip convention, is a PDF. */
    private static boolean isPdf(Attachment a) {
        try (InputStream in = a.openDocument()) {
            return PayloadType.sniff(in.readNBytes(8)) == PayloadType.PDF;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- locations ---------------------------------------------------------------------------------------------

    /** The {@code Attachment} elements as written, in document order (beside or inside the envelope). */
    /** Files read from the gateway's own {@code edXMLAttachments} and no manifest (spec §13 F9). */
    static boolean gatewayOnly(EdocPackage p) {
        return p.manifest().isEmpty()
                && p.provenance().quirks().contains(dev.edxml.model.Provenance.Quirk.GATEWAY_ATTACHMENTS);
    }

    static List<LocatedElement> attachments(RuleContext ctx) {
        List<LocatedElement> out = new ArrayList<>();
        ctx.envelope()
                .ifPresent(e -> all(e, Names.EDXML_ATTACHMENTS).forEach(ga -> out.addAll(all(ga, Names.ATTACHMENT))));
        ctx.document().ifPresent(d -> {
            all(d, Names.ATTACHMENT_ENCODED).forEach(ae -> out.addAll(all(ae, Names.ATTACHMENT)));
            if (!d.localName().equals(Names.EDXML_ENVELOPE)) {
                ctx.envelope().ifPresent(e -> all(e, Names.ATTACHMENT_ENCODED)
                        .forEach(ae -> out.addAll(all(ae, Names.ATTACHMENT))));
            }
        });
        out.sort(Comparator.comparingInt((LocatedElement e) -> e.location().line())
                .thenComparingInt(e -> e.location().column()));
        return out;
    }

    /** The manifest's {@code Reference} elements as written ({@code edXMLManifest}, else {@code Manifest}). */
    private static List<LocatedElement> references(RuleContext ctx) {
        return ctx.envelope()
                .flatMap(e -> first(e, Names.EDXML_BODY))
                .flatMap(b -> first(b, Names.EDXML_MANIFEST).or(() -> first(b, Names.MANIFEST)))
                .map(m -> all(m, Names.REFERENCE))
                .orElse(List.of());
    }

    /** The {@code i}th element's child {@code name} (or the element itself when {@code name} is null or absent). */
    private static Location at(List<LocatedElement> written, int i, String name, RuleContext ctx) {
        return loc(i < written.size() ? Optional.of(written.get(i)) : Optional.empty(), name, ctx);
    }

    /** The {@code i}th element's child {@code name}, if written. */
    private static Optional<LocatedElement> written(List<LocatedElement> elements, int i, String name) {
        return i < elements.size() ? first(elements.get(i), name) : Optional.empty();
    }

    private static Location loc(Optional<LocatedElement> e, String name, RuleContext ctx) {
        return e.flatMap(x -> name == null ? Optional.of(x) : first(x, name).or(() -> Optional.of(x)))
                .map(LocatedElement::location)
                .orElseGet(() -> ctx.envelope().map(LocatedElement::location).orElse(Location.PACKAGE));
    }

    private static List<LocatedElement> all(LocatedElement parent, String name) {
        return parent.children().stream()
                .filter(c -> NS.equals(c.namespace()) && c.localName().equals(name))
                .toList();
    }

    private static Optional<LocatedElement> first(LocatedElement parent, String name) {
        return all(parent, name).stream().findFirst();
    }
}
