package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.Location;
import dev.edxml.internal.xml.Names;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.SpecVersion;
import dev.edxml.model.XmlElement;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rules of area SIG: the signature situation of a package (spec §5, §12.3 V-SG-1): none, the official SDK's
 * placeholder, an XML-DSig signature, or something else named {@code Signature}. Whether a signature verifies is
 * {@code edxml-sign}'s job (codes 001–021 and 101–105); these rules only say what is there.
 */
final class SignatureRules {
    private static final String NS = SpecVersion.QCVN_102_2016.namespace();
    private static final String NONE = "–";
    private static final String SIGNATURE = "QCVN 102:2016 (Signature, W3C XML-DSig); QĐ 28/2018";

    private SignatureRules() {}

    static List<Rule> rules() {
        return List.of(
                rule("EDXML-SIG-030", SIGNATURE, W, E, I, SignatureRules::unsigned),
                rule(
                        "EDXML-SIG-031",
                        "QCVN 102:2016 (Signature); spec §5.1 (a) [official SDK] placeholder",
                        W,
                        E,
                        I,
                        SignatureRules::placeholder),
                rule("EDXML-SIG-032", SIGNATURE, I, I, I, SignatureRules::xmlDsig),
                rule("EDXML-SIG-033", SIGNATURE, W, E, I, SignatureRules::otherShape),
                rule(
                        "EDXML-SIG-034",
                        "QCVN 102:2016 (status package); spec §2.3",
                        I,
                        I,
                        null,
                        SignatureRules::onStatus),
                rule("EDXML-SIG-035", "QCVN 102:2016 (edXMLHeader/Signature)", W, W, I, SignatureRules::misplaced));
    }

    private static void unsigned(RuleContext ctx) {
        ctx.edoc()
                .filter(p -> p.signature().isEmpty())
                .ifPresent(p ->
                        ctx.report(header(ctx).map(LocatedElement::location).orElse(Location.PACKAGE)));
    }

    /** The official SDK's block: the XML-DSig element names in the edXML namespace (spec §5.1 a). */
    static boolean isPlaceholder(SignatureBlock s) {
        return s.isLegacyPlaceholder()
                && !s.element().elements("SignedInfo").isEmpty()
                && !s.element().elements("SignatureValue").isEmpty();
    }

    private static void placeholder(RuleContext ctx) {
        ctx.pkg()
                .flatMap(EdxmlPackage::signature)
                .filter(SignatureRules::isPlaceholder)
                .ifPresent(s -> {
                    String subject = s.element().elements("KeyInfo").stream()
                            .flatMap(k -> k.elements("X509Data").stream())
                            .flatMap(x -> x.elements("X509SubjectName").stream())
                            .map(XmlElement::text)
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .findFirst()
                            .orElse(NONE);
                    ctx.report(located(ctx), subject);
                });
    }

    private static void xmlDsig(RuleContext ctx) {
        ctx.edoc()
                .flatMap(EdxmlPackage::signature)
                .filter(s -> s.isXmlDsig())
                .ifPresent(s -> ctx.report(
                        located(ctx),
                        s.element().elements("SignedInfo").stream()
                                .flatMap(si -> si.elements("SignatureMethod").stream())
                                .map(m -> m.attributes().getOrDefault("Algorithm", NONE))
                                .findFirst()
                                .orElse(NONE)));
    }

    private static void otherShape(RuleContext ctx) {
        ctx.pkg()
                .flatMap(EdxmlPackage::signature)
                .filter(s -> s.isLegacyPlaceholder() && !isPlaceholder(s))
                .ifPresent(s -> {
                    String children = s.element().children().stream()
                            .filter(XmlElement.class::isInstance)
                            .map(c -> ((XmlElement) c).localName())
                            .distinct()
                            .collect(Collectors.joining(", "));
                    ctx.report(located(ctx), children.isEmpty() ? NONE : children);
                });
    }

    private static void onStatus(RuleContext ctx) {
        ctx.status()
                .flatMap(EdxmlPackage::signature)
                .ifPresent(s -> ctx.report(located(ctx), s.element().namespace()));
    }

    /**
     * An XML-DSig signature outside {@code edXMLHeader}. The schema admits XML-DSig elements wherever a package keeps
     * extensions, so only this rule says it is misplaced; a second signature in the header and an edXML-namespace
     * {@code Signature} elsewhere are EDXML-ENV-031's and EDXML-ENV-030's.
     */
    private static void misplaced(RuleContext ctx) {
        ctx.document()
                .ifPresent(d -> walk(d, null, (parent, sig) -> {
                    if (!SignatureBlock.XMLDSIG_NS.equals(sig.namespace())) {
                        return;
                    }
                    if (parent == null
                            || !parent.localName().equals(Names.EDXML_HEADER)
                            || !NS.equals(parent.namespace())) {
                        ctx.report(sig, parent == null ? NONE : parent.localName());
                    }
                }));
    }

    // ---- locations ---------------------------------------------------------------------------------------------

    private static Optional<LocatedElement> header(RuleContext ctx) {
        return ctx.envelope().flatMap(e -> e.children().stream()
                .filter(c -> NS.equals(c.namespace()) && c.localName().equals(Names.EDXML_HEADER))
                .findFirst());
    }

    /** Where the package's signature block is written: the first {@code Signature} of the header, as the reader takes it. */
    private static Location located(RuleContext ctx) {
        return header(ctx)
                .flatMap(h -> h.children().stream()
                        .filter(SignatureRules::isSignature)
                        .findFirst())
                .or(() -> header(ctx))
                .map(LocatedElement::location)
                .orElse(Location.PACKAGE);
    }

    private static boolean isSignature(LocatedElement e) {
        return e.localName().equals(Names.SIGNATURE)
                && (NS.equals(e.namespace()) || SignatureBlock.XMLDSIG_NS.equals(e.namespace()));
    }

    private interface SignatureVisitor {
        void visit(LocatedElement parent, LocatedElement signature);
    }

    private static void walk(LocatedElement e, LocatedElement parent, SignatureVisitor v) {
        if (isSignature(e)) {
            v.visit(parent, e);
            return;
        }
        for (LocatedElement c : e.children()) {
            walk(c, e, v);
        }
    }
}
