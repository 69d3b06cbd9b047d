package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.internal.xml.Names;
import dev.edxml.internal.xml.StaxInput;
import dev.edxml.model.SignatureBlock;
import dev.edxml.model.SpecVersion;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules of area ENV on structure, cardinality and order: the package against edxml-java's XSD
 * ({@code qcvn102-2016.xsd} in edxml-model), and in Java what an XSD 1.0 cannot say (at most one of a child among
 * repeating ones; the orders known producers write). What peers cannot read (a regulation element missing, repeated
 * or misplaced) is an error on the axis; extensions, attributes, stray text and order are warnings there.
 */
final class StructureRules {
    private static final String NS = SpecVersion.QCVN_102_2016.namespace();
    private static final String XSD = "QCVN 102:2016 §2-§7 (package structure; edxml-java qcvn102-2016.xsd)";

    private StructureRules() {}

    static List<Rule> rules() {
        return List.of(
                rule("EDXML-ENV-030", XSD, E, E, W, ctx -> schema(ctx, "EDXML-ENV-030")),
                rule("EDXML-ENV-031", "QCVN 102:2016 §3-§7 (cardinality)", E, E, W, ctx -> {
                    schema(ctx, "EDXML-ENV-031");
                    atMostOnce(ctx);
                }),
                rule("EDXML-ENV-032", XSD, E, E, W, ctx -> schema(ctx, "EDXML-ENV-032")),
                rule(
                        "EDXML-ENV-033",
                        "QCVN 102:2016 §2.1 (namespace); §12.1.2 (extensions)",
                        E,
                        W,
                        W,
                        ctx -> schema(ctx, "EDXML-ENV-033")),
                rule("EDXML-ENV-034", XSD, E, W, W, ctx -> schema(ctx, "EDXML-ENV-034")),
                rule("EDXML-ENV-035", XSD, E, W, W, ctx -> schema(ctx, "EDXML-ENV-035")),
                // the spec cannot say whether the regulation's order is normative (§3.1, §17.1), so never an error
                rule(
                        "EDXML-ENV-036",
                        "QCVN 102:2016 §3.1 (regulation and SDK orders; spec §4.2 variants)",
                        W,
                        W,
                        I,
                        StructureRules::order));
    }

    /** Reports the schema violations of one code; the file is validated once per package, for all the codes. */
    private static void schema(RuleContext ctx, String code) {
        if (ctx.document().isEmpty()) {
            return; // not well-formed: the reader's finding says so, and there is no structure to speak of
        }
        List<SchemaCheck.Problem> problems = ctx.shared("edxml.schema", () -> {
            try (InputStream in = StaxInput.skippingJunk(ctx.openInput())) {
                return SchemaCheck.run(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (SchemaCheck.Problem p : problems) {
            if (p.code().equals(code) && !gatewayVocabulary(p)) {
                ctx.report(p.where(), p.args().toArray(new String[0]));
            }
        }
    }

    /** The non-standard gateway layout (spec §13 F9) is reported once, by EDXML-ENV-023. */
    private static boolean gatewayVocabulary(SchemaCheck.Problem p) {
        String local = p.args().get(0);
        String parent = p.args().get(p.args().size() - 1);
        return local.equals(Names.EDXML_ATTACHMENTS)
                        && (parent.equals(Names.EDXML_ENVELOPE) || parent.equals(Names.EDXML_BODY))
                || local.equals(Names.CONTENT) && parent.equals(Names.EDXML_BODY);
    }

    private static void atMostOnce(RuleContext ctx) {
        ctx.document().ifPresent(doc -> doc.descendants().forEach(parent -> {
            Set<String> once = Shapes.AT_MOST_ONE.get(Shapes.normalise(parent.localName()));
            if (once == null || !NS.equals(parent.namespace()) || insideSignature(parent)) {
                return;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (LocatedElement c : parent.children()) {
                String name = Shapes.normalise(c.localName());
                boolean ours = NS.equals(c.namespace())
                        || name.equals(Names.SIGNATURE) && SignatureBlock.XMLDSIG_NS.equals(c.namespace());
                if (ours && once.contains(name) && counts.merge(name, 1, Integer::sum) > 1) {
                    ctx.report(c, c.localName(), parent.localName());
                }
            }
        }));
    }

    private static void order(RuleContext ctx) {
        ctx.document().ifPresent(doc -> doc.descendants().forEach(parent -> {
            List<List<String>> orders = Shapes.ORDERS.get(Shapes.normalise(parent.localName()));
            if (orders == null || !NS.equals(parent.namespace()) || insideSignature(parent)) {
                return;
            }
            Set<String> known = new LinkedHashSet<>();
            orders.forEach(known::addAll);
            List<LocatedElement> runs = new ArrayList<>();
            for (LocatedElement c : parent.children()) {
                String name = Shapes.normalise(c.localName());
                boolean ours = NS.equals(c.namespace())
                        || name.equals(Names.SIGNATURE) && SignatureBlock.XMLDSIG_NS.equals(c.namespace());
                boolean repeat = !runs.isEmpty()
                        && Shapes.normalise(runs.get(runs.size() - 1).localName())
                                .equals(name);
                if (ours && known.contains(name) && !repeat) {
                    runs.add(c);
                }
            }
            int explained = 0;
            for (List<String> o : orders) {
                explained = Math.max(explained, prefixFollowing(runs, o));
            }
            if (explained < runs.size()) {
                LocatedElement out = runs.get(explained);
                ctx.report(
                        out,
                        parent.localName(),
                        out.localName(),
                        runs.get(explained - 1).localName());
            }
        }));
    }

    /** How many of the children, from the first, appear in {@code order}'s sequence. */
    private static int prefixFollowing(List<LocatedElement> children, List<String> order) {
        int at = 0;
        for (int i = 0; i < children.size(); i++) {
            int pos = order.subList(at, order.size())
                    .indexOf(Shapes.normalise(children.get(i).localName()));
            if (pos < 0) {
                return i;
            }
            at += pos + 1;
        }
        return children.size();
    }

    /** Below a Signature is XML-DSig's vocabulary (or the SDK's copy of it), not the regulation's. */
    private static boolean insideSignature(LocatedElement e) {
        return e.location().path().contains("/Signature/");
    }
}
