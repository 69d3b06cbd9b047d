package dev.edxml.conformance;

import dev.edxml.Edxml;
import dev.edxml.conformance.internal.CommandAdapter;
import dev.edxml.conformance.internal.Fields;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the runner hands a consumer case's package to the software under test (bộ chuyển đổi phía nhận): the software
 * reads the package and answers with the fields it extracted, or rejects it. Implementations must be safe to call
 * from several threads at once. Three come with the suite: {@link #command a command line}, {@link #http an HTTP
 * endpoint} and {@link #parser a Java parser}; {@link #library()} is our own library (the reference receiver).
 *
 * @since 0.1.0
 */
public interface ConsumerAdapter {
    /**
     * Gives the software the package in {@code file}.
     *
     * @param file        the package
     * @param trustAnchor the suite's {@code test-root-ca.pem}: the trust anchor a receiver that verifies signatures is
     *                    given for the run
     */
    Answer read(Path file, Path trustAnchor);

    /** How the software is asked, for the report ({@code their-tool parse {file}}, a URL, a class name). */
    String describe();

    /** Releases what the adapter holds (the batch adapter's process); the runner calls it at the end of a run. */
    default void close() {}

    /**
     * A command line started once for many cases (the batch mode): {@code {trust}} is replaced by the trust anchor's
     * path; the runner writes each package's path on a line of its standard input and reads one JSON object a line
     * from its standard output, in order: {@code edxml inspect --json}'s object accepts (as the command adapter's),
     * an object with a {@code "rejected"} string rejects. No answer within the timeout, an answer that is not one
     * JSON object, or the process ending is an error for that case, and a new process takes the next. One JVM for a
     * whole run instead of one per case: {@code edxml inspect --batch --json --trust {trust}} is ours.
     */
    static ConsumerAdapter batch(String template, Duration timeout) {
        return batch(CommandAdapter.of(template).timeout(timeout));
    }

    private static ConsumerAdapter batch(CommandAdapter command) {
        Objects.requireNonNull(command, "command").requireOnly(java.util.Set.of("trust"));
        BatchProcess process = new BatchProcess(command);
        return new ConsumerAdapter() {
            @Override
            public Answer read(Path file, Path trustAnchor) {
                return process.read(file, trustAnchor);
            }

            @Override
            public String describe() {
                return command.template() + " (batch: a path a line on stdin, a JSON answer a line on stdout)";
            }

            @Override
            public void close() {
                process.stop();
            }

            @Override
            public String toString() {
                return "ConsumerAdapter.batch(" + command + ")";
            }
        };
    }

    /**
     * A command line; {@code {file}} is replaced by the package's path and {@code {trust}} by the trust anchor's.
     * Exit code 0 with a JSON object on stdout ({@code edxml inspect --json}'s schema) is an acceptance, any other
     * exit code a rejection, a timeout, a crash at start or an exit 0 without a JSON object an error. No shell is
     * involved: the template is split into words ({@code "…"} and {@code '…'} quote), each placeholder stays inside
     * its word; the process is killed (with its children) after {@code timeout}.
     *
     * @throws IllegalArgumentException when the template is empty, a quote is not closed, or it has another
     *                                  placeholder
     */
    static ConsumerAdapter command(String template, Duration timeout) {
        return command(CommandAdapter.of(template).timeout(timeout));
    }

    private static ConsumerAdapter command(CommandAdapter command) {
        Objects.requireNonNull(command, "command").requireOnly(java.util.Set.of("file", "trust"));
        return new ConsumerAdapter() {
            @Override
            public Answer read(Path file, Path trustAnchor) {
                CommandAdapter.Execution e =
                        command.run(Map.of("file", file.toString(), "trust", trustAnchor.toString()));
                if (e.startFailure() != null) {
                    return Answer.error(e.startFailure());
                }
                if (e.timedOut()) {
                    return Answer.error("no answer within " + command.timeout().toSeconds() + " s (killed)");
                }
                if (e.exitCode() != 0) {
                    return Answer.rejected(
                            "exit " + e.exitCode() + (e.stderrTail().isEmpty() ? "" : ": " + e.stderrTail()));
                }
                try {
                    return Answer.fromJson(e.stdout());
                } catch (IllegalArgumentException x) {
                    return Answer.error("exit 0 but stdout is not one JSON object: " + x.getMessage());
                }
            }

            @Override
            public String describe() {
                return command.template();
            }

            @Override
            public String toString() {
                return "ConsumerAdapter.command(" + command + ")";
            }
        };
    }

    /**
     * An HTTP endpoint: the package's bytes are POSTed to {@code url} ({@code Content-Type: application/xml}); a 2xx
     * answer whose body is a JSON object is an acceptance, a 4xx a rejection, anything else (5xx, no connection, a
     * timeout, a 2xx without JSON) an error.
     */
    static ConsumerAdapter http(URI url, Duration timeout) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        return new ConsumerAdapter() {
            @Override
            public Answer read(Path file, Path trustAnchor) {
                HttpResponse<String> r;
                try {
                    HttpRequest request = HttpRequest.newBuilder(url)
                            .timeout(timeout)
                            .header("Content-Type", "application/xml")
                            .header("X-Edxml-File", file.getFileName().toString())
                            .POST(HttpRequest.BodyPublishers.ofFile(file))
                            .build();
                    r = client.send(
                            request, HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return Answer.error("POST " + url + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Answer.error("interrupted");
                }
                int s = r.statusCode();
                String body = r.body() == null ? "" : r.body();
                String tail = body.length() <= 300 ? body.strip() : body.substring(0, 300) + "…";
                if (s >= 400 && s < 500) {
                    return Answer.rejected("HTTP " + s + (tail.isEmpty() ? "" : ": " + tail));
                }
                if (s < 200 || s >= 300) {
                    return Answer.error("HTTP " + s + (tail.isEmpty() ? "" : ": " + tail));
                }
                try {
                    return Answer.fromJson(body);
                } catch (IllegalArgumentException x) {
                    return Answer.error("HTTP " + s + " but the body is not one JSON object: " + x.getMessage());
                }
            }

            @Override
            public String describe() {
                return "POST " + url;
            }

            @Override
            public String toString() {
                return "ConsumerAdapter.http(" + url + ")";
            }
        };
    }

    /**
     * A Java parser (bộ đọc Java của nhà cung cấp): it returns the extracted fields keyed as {@code inspect --json}
     * paths, or throws to reject. An {@link Error} (out of memory, stack overflow) is an error, not a rejection.
     */
    static ConsumerAdapter parser(String name, Parser parser) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parser, "parser");
        return new ConsumerAdapter() {
            @Override
            public Answer read(Path file, Path trustAnchor) {
                Map<String, String> fields;
                try {
                    fields = parser.parse(file, trustAnchor);
                } catch (Exception e) {
                    return Answer.rejected(e.getClass().getSimpleName() + ": " + e.getMessage());
                } catch (StackOverflowError | OutOfMemoryError e) {
                    return Answer.error(e.toString());
                }
                // a broken parser must not pass the reject cases: what it returns is judged outside the try
                if (fields == null) {
                    return Answer.error("the parser returned null instead of the fields (or an exception to reject)");
                }
                if (fields.entrySet().stream().anyMatch(en -> en.getKey() == null || en.getValue() == null)) {
                    return Answer.error("the parser returned a null field name or value");
                }
                return Answer.accepted(fields);
            }

            @Override
            public String describe() {
                return name;
            }

            @Override
            public String toString() {
                return "ConsumerAdapter.parser(" + name + ")";
            }
        };
    }

    /**
     * Our own library as a receiver (the reference): {@code Edxml.read}, then, for an XML-DSig signature, verification
     * against the trust anchor (a broken, partial or untrusted signature is rejected), then the reference extraction of the fields. It is
     * what {@code edxml inspect --json --trust {trust} {file}} does.
     */
    static ConsumerAdapter library() {
        return library(CertificationLevel.QCVN102);
    }

    /**
     * Our own library as a receiver at {@code level}: at {@code axis} also what {@code edxml inspect --json --trust
     * {trust} --verify-pdf} does, a PDF attachment whose signature does not hold (changed after signing, a shadow
     * attack, an untrusted signer) is rejected, and whether the signer is the sender is reported
     * ({@code signature.senderBinding.status}).
     */
    static ConsumerAdapter library(CertificationLevel level) {
        boolean axis = level == CertificationLevel.AXIS;
        return parser(
                "edxml-java " + ConsumerAdapter.class.getPackage().getName() + (axis ? " (axis)" : ""),
                (file, trust) -> {
                    Map<String, String> fields;
                    TrustPolicy policy;
                    try {
                        policy = TrustPolicy.builder().trustAnchors(trust).build();
                    } catch (CertificateException e) {
                        throw new IllegalStateException("the trust anchor " + trust + " cannot be read", e);
                    }
                    try (EdxmlPackage pkg = Edxml.read(file)) {
                        fields = new java.util.TreeMap<>(Fields.of(pkg));
                        if (axis && pkg instanceof dev.edxml.model.EdocPackage edoc) {
                            for (dev.edxml.model.Attachment a : edoc.attachments()) {
                                if (dev.edxml.sign.pdf.PdfVerifier.isPdf(a)) {
                                    dev.edxml.sign.pdf.PdfReport r = dev.edxml.sign.pdf.PdfVerifier.of(policy)
                                            .examine(a);
                                    if (r.isSigned() && !r.isValid()) {
                                        throw new IllegalArgumentException(
                                                "PDF " + a.name().orElse("?") + ": "
                                                        + r.describe(java.util.Locale.ENGLISH)
                                                                .strip());
                                    }
                                }
                            }
                        }
                    }
                    SignatureReport report = Verifier.of(policy).examine(file);
                    if (report.kind() == SignatureReport.Kind.XMLDSIG && !report.isValid()) {
                        throw new SignatureRejected(report);
                    }
                    if (axis) {
                        report.senderBinding()
                                .ifPresent(b -> fields.put(
                                        Runner.SENDER_BINDING,
                                        b.status()
                                                .name()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .replace('_', '-')));
                    }
                    return fields;
                });
    }

    /**
     * A Java reader of packages: the fields, or an exception to reject.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    interface Parser {
        /** The fields of the package in {@code file}; throws to reject it. */
        Map<String, String> parse(Path file, Path trustAnchor) throws Exception;
    }
}
