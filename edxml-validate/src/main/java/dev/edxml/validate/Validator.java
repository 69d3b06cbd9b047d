package dev.edxml.validate;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import dev.edxml.EdxmlReader;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.internal.xml.StaxInput;
import dev.edxml.internal.xml.XmlLimits;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.validate.rules.RuleCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks packages against the format rules (kiểm tra gói tin theo QCVN 102:2016) under a {@link Profile}. A bad
 * package never makes it throw: what is wrong, down to "this is not XML", comes back as findings
 * ({@link dev.edxml.Finding}: lỗi, cảnh báo) in a {@link ValidationReport}. The signature (chữ ký số) is checked by
 * {@link dev.edxml.sign.Verifier}, or by {@link PackageReceiver} together with the format. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport r = Validator.of(Profile.AXIS).validate(Path.of("out.edxml"));
 * r.findings().forEach(f -> System.out.println(f.format(Locale.forLanguageTag("vi"))));
 * }</pre>
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // the annotations are optional: Error Prone reads them, users need not have them
public final class Validator {
    private final Profile profile;
    private final List<Rule> rules;
    private final Clock clock;

    private Validator(Builder b) {
        this.profile = b.profile;
        this.rules = List.copyOf(b.rules);
        this.clock = b.clock;
    }

    /** A validator with the built-in rules under a profile. */
    public static Validator of(Profile profile) {
        return builder().profile(profile).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The built-in rule catalogue. */
    public static List<Rule> builtInRules() {
        return RuleCatalogue.all();
    }

    public Profile profile() {
        return profile;
    }

    /** The rules this validator runs (those of the profile and the ones added). */
    public List<Rule> rules() {
        return rules;
    }

    /** Validates the package in a file (streamed; attachments are never held whole in memory). */
    @CheckReturnValue
    public ValidationReport validate(Path file) {
        return run(file.toString(), () -> Files.newInputStream(file));
    }

    /** Validates the package in a file, naming it {@code source} in the report (a copy kept under another name). */
    @CheckReturnValue
    public ValidationReport validate(Path file, String source) {
        return run(source, () -> Files.newInputStream(file));
    }

    /** Validates a package given as bytes. */
    @CheckReturnValue
    public ValidationReport validate(byte[] bytes, String source) {
        return run(source, () -> new ByteArrayInputStream(bytes));
    }

    /** Validates a package as this library would write it. */
    @CheckReturnValue
    public ValidationReport validate(EdxmlPackage pkg) throws IOException {
        return validate(Edxml.toBytes(pkg), pkg.provenance().source().orElse("(package)"));
    }

    /**
     * Validates many files in parallel (one thread per core), reporting progress after each; reports come back in the
     * order of {@code files}.
     */
    public List<ValidationReport> validateAll(Collection<Path> files, dev.edxml.Progress progress) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "edxml-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ValidationReport>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    ValidationReport r = validate(f);
                    progress.progress(done.incrementAndGet(), files.size());
                    return r;
                }));
            }
            List<ValidationReport> out = new ArrayList<>();
            for (Future<ValidationReport> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("validation failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens the package's bytes afresh: once for the reader, once for the element tree, again for rules that parse. */
    interface Source {
        InputStream open() throws IOException;
    }

    private ValidationReport run(String source, Source open) {
        List<Finding> findings = new ArrayList<>();
        EdxmlPackage pkg = null;
        EdxmlException failure = null;
        // the lenient reading is always used here: a junk prefix is a finding (EDXML-ENV-003), not the end of the check
        EdxmlReader reader = Edxml.reader().skipJunkBeforeXmlDeclaration();
        try (InputStream in = open.open()) {
            pkg = reader.read(in);
        } catch (EdxmlException e) {
            failure = e;
        } catch (IOException | RuntimeException e) {
            // an unchecked failure of the reader is a defect of this library; it is still reported, never thrown
            failure = new EdxmlException("EDXML-ENV-009", List.of(String.valueOf(e.getMessage())), -1, -1, null, e);
        }
        if (failure != null && !failure.code().equals("EDXML-ENV-003")) {
            // when even the lenient reading fails, a file that does not start with XML (a PDF named .edxml) is better
            // told by the strict reader's first complaint than by a parse error deep in the bytes it skipped
            try (InputStream in = open.open()) {
                Edxml.reader().read(in);
            } catch (EdxmlException e) {
                if (e.code().equals("EDXML-ENV-003")) {
                    failure = e;
                }
            } catch (IOException | RuntimeException e) {
                // the lenient reading's failure stands
            }
        }
        LocatedElement doc = null;
        if (failure == null || !failure.code().startsWith("EDXML-ENV")) {
            try (InputStream in = StaxInput.skippingJunk(open.open())) {
                doc = Located.of(
                        new StaxInput(in, XmlLimits.MAX_TEXT_CHARS, XmlLimits.MAX_ELEMENTS, XmlLimits.MAX_DEPTH)
                                .skipTextOf(Set.of("ContentTransferEncoded", "AttachmentData"))
                                .document());
            } catch (IOException | RuntimeException e) {
                // the model's read failure already says what is wrong
            }
        }
        if (failure != null) {
            findings.add(RuleCatalogue.readFailure(failure));
        }
        RuleContext.Checked checked = new RuleContext.Checked(
                source,
                profile,
                clock,
                Optional.ofNullable(pkg),
                Optional.ofNullable(failure),
                Optional.ofNullable(doc),
                open,
                new java.util.HashMap<>());
        try {
            for (Rule rule : rules) {
                Optional<Severity> sev = rule.severity(profile);
                if (sev.isEmpty()) {
                    continue;
                }
                try {
                    rule.check(new RuleContext(rule, sev.get(), checked, findings));
                } catch (RuntimeException e) {
                    findings.add(RuleCatalogue.ruleFailure(rule, e));
                }
            }
        } finally {
            if (pkg != null) {
                // the report keeps no content: the attachments' temporary files go now, not at the next collection
                pkg.close();
            }
        }
        return new ValidationReport(
                source, profile, Optional.ofNullable(pkg).map(EdxmlPackage::kind), summary(pkg), findings);
    }

    private static String summary(EdxmlPackage pkg) {
        if (pkg == null) {
            return "";
        }
        return pkg instanceof EdocPackage
                ? pkg.toString().replaceFirst("^EdocPackage\\[", "").replaceFirst("]$", "")
                : pkg.toString().replaceFirst("^StatusPackage\\[", "").replaceFirst("]$", "");
    }

    @Override
    public String toString() {
        return "Validator[" + profile + ", " + rules.size() + " rules]";
    }

    /**
     * Builds a {@link Validator}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Profile profile = Profile.QCVN102;
        private final List<Rule> rules = new ArrayList<>(RuleCatalogue.all());
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder profile(Profile p) {
            profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /** Adds a rule of one's own. */
        public Builder addRule(Rule r) {
            if (rules.stream().anyMatch(x -> x.code().equals(r.code()))) {
                throw new IllegalArgumentException("a rule with code " + r.code() + " is there already");
            }
            rules.add(r);
            return this;
        }

        /** Adds the rules listed in {@code META-INF/services/dev.edxml.validate.Rule} visible to this class loader. */
        public Builder rulesFromServiceLoader(ClassLoader loader) {
            ServiceLoader.load(Rule.class, loader).forEach(this::addRule);
            return this;
        }

        /** The clock for "today" (dates in the future). */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "Validator.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "Validator.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public Validator build() {
            return new Validator(this);
        }
    }
}
