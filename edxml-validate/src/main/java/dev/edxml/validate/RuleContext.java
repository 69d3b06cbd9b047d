package dev.edxml.validate;

import dev.edxml.EdxmlException;
import dev.edxml.Finding;
import dev.edxml.Location;
import dev.edxml.Severity;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.StatusPackage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule sees of one package: the model (when the package could be read), the elements as written with their
 * locations (when the XML is well-formed), the profile, the clock; and where it reports. One per rule and package.
 *
 * @since 0.1.0
 */
public final class RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final Checked checked;
    private final List<Finding> sink;

    /** The package under check, shared by the contexts of all rules. */
    record Checked(
            String source,
            Profile profile,
            Clock clock,
            Optional<EdxmlPackage> pkg,
            Optional<EdxmlException> readFailure,
            Optional<LocatedElement> document,
            Validator.Source input,
            java.util.Map<String, Object> shared) {}

    RuleContext(Rule rule, Severity severity, Checked checked, List<Finding> sink) {
        this.rule = rule;
        this.severity = severity;
        this.checked = checked;
        this.sink = sink;
    }

    @Override
    public String toString() {
        return "RuleContext[" + rule.code() + " (" + severity + ") on " + source() + ", " + profile() + ", "
                + (pkg().isPresent() ? "package read" : "package not readable") + ", " + sink.size()
                + " findings so far]";
    }

    /** The file name or description of the package. */
    public String source() {
        return checked.source();
    }

    public Profile profile() {
        return checked.profile();
    }

    /** The clock "today" and "now" are read from (dates in the future, certificates). */
    public Clock clock() {
        return checked.clock();
    }

    /** The package, when it could be read. */
    public Optional<EdxmlPackage> pkg() {
        return checked.pkg();
    }

    public Optional<EdocPackage> edoc() {
        return pkg().filter(EdocPackage.class::isInstance).map(EdocPackage.class::cast);
    }

    public Optional<StatusPackage> status() {
        return pkg().filter(StatusPackage.class::isInstance).map(StatusPackage.class::cast);
    }

    /** Why the package could not be read, if it could not. */
    public Optional<EdxmlException> readFailure() {
        return checked.readFailure();
    }

    /** The document element as written, when the XML is well-formed. */
    public Optional<LocatedElement> document() {
        return checked.document();
    }

    /**
     * The package's bytes exactly as given (junk prefix and byte order mark included), for a rule that must parse the
     * file itself, e.g. against an XML Schema. Each call opens a new stream, which the caller closes; a package given
     * as a model is seen as this library writes it.
     */
    public InputStream openInput() throws IOException {
        return checked.input().open();
    }

    /** The envelope as written ({@code edXMLEnvelope}, under the root or the root itself). */
    public Optional<LocatedElement> envelope() {
        return document()
                .flatMap(d -> d.localName().equals("edXMLEnvelope") ? Optional.of(d) : d.child("edXMLEnvelope"));
    }

    /** The {@code MessageHeader} as written. */
    public Optional<LocatedElement> messageHeader() {
        return envelope().flatMap(e -> e.find("edXMLHeader/MessageHeader"));
    }

    /** The element at a path below {@code MessageHeader}, e.g. {@code "OtherInfo/Priority"}; else the header itself. */
    public Location locateInHeader(String relativePath) {
        return messageHeader()
                .map(h -> h.find(relativePath).orElse(h).location())
                .orElse(Location.PACKAGE);
    }

    /**
     * A value computed once per package and shared by the rules that need it (one schema validation serves several
     * codes). Keys of this library start with {@code edxml.}.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, java.util.function.Supplier<T> compute) {
        return (T) checked.shared().computeIfAbsent(key, k -> compute.get());
    }

    /** Reports a finding of this rule at {@code where}, with the message's arguments. */
    public void report(Location where, String... args) {
        List<String> a = List.of(args);
        sink.add(new Finding(
                rule.code(),
                severity,
                a,
                where,
                rule.clause(),
                rule.message(Locale.forLanguageTag("vi"), a),
                rule.message(Locale.ENGLISH, a)));
    }

    /** Reports a finding of this rule at an element. */
    public void report(LocatedElement where, String... args) {
        report(where.location(), args);
    }

    /**
     * Reports a failure the model raised while the rule looked deeper (e.g. {@code EDXML-ATT-010}, a zipped attachment
     * that does not unpack) under the failure's own code and texts, at {@code where}, with this rule's severity and
     * clause.
     */
    public void report(Location where, EdxmlException failure) {
        Finding f = failure.finding();
        sink.add(new Finding(f.code(), severity, f.arguments(), where, rule.clause(), f.messageVi(), f.messageEn()));
    }
}
