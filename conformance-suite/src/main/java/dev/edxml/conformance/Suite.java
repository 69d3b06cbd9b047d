package dev.edxml.conformance;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.conformance.internal.Fields;
import dev.edxml.internal.Json;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalogue of conformance cases (bộ trường hợp kiểm thử tuân thủ) and the generator of their packages.
 *
 * <p>Generation is byte-for-byte reproducible: a fixed clock (2026-01-15T02:00:00Z), fixed content ids and seeds, and
 * a test PKI whose RSA keys come from a fixed-seed deterministic random source. <b>The test keys are TEST ONLY and
 * public</b>; the generated {@value #TRUST_ANCHOR_FILE} is a trust anchor for conformance runs and nothing else.
 * {@link #digest()} is the suite's identity: the SHA-256 of {@code manifest.json} followed by {@code SHA256SUMS}.
 *
 * @since 0.1.0
 */
public final class Suite {
    /** The catalogue's version; it changes whenever a case is added, changed or withdrawn (ids are never reused). */
    public static final String VERSION = "1.1.0-draft";
    /** The manifest's file name in a generated set. */
    public static final String MANIFEST_FILE = "manifest.json";
    /** The checksum file's name: {@code sha256sum -c SHA256SUMS} checks a generated set. */
    public static final String SUMS_FILE = "SHA256SUMS";
    /** The test root CA certificate (PEM) that signature cases chain to. TEST ONLY. */
    public static final String TRUST_ANCHOR_FILE = "test-root-ca.pem";

    private final List<ConformanceCase> cases;
    private final Map<String, byte[]> files;
    private final byte[] manifest;
    private final byte[] sums;

    private Suite(List<ConformanceCase> cases, Map<String, byte[]> files) {
        this.cases = List.copyOf(cases);
        this.files = files;
        String json = Json.write(cases.stream().map(Suite::toJson).toList()) + "\n";
        this.manifest = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder s = new StringBuilder();
        new TreeMap<>(files)
                .forEach((name, bytes) ->
                        s.append(sha256Hex(bytes)).append("  ").append(name).append('\n'));
        this.sums = s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The current catalogue, version {@value #VERSION}; built once (a few seconds: keys, signatures, validation). */
    public static Suite current() {
        return Holder.CURRENT;
    }

    private static final class Holder {
        static final Suite CURRENT = build();
    }

    /** Builds the catalogue afresh (tests use it to show that two builds give the same bytes). */
    static Suite build() {
        try {
            TestPki pki = TestPki.create();
            Validator validator = Validator.builder()
                    .profile(Profile.QCVN102)
                    .clock(Vectors.CLOCK)
                    .build();
            List<ConformanceCase> cases = new ArrayList<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (CaseCatalogue.Spec spec : CaseCatalogue.specs(new Vectors(pki))) {
                String file = spec.id() + ".edxml";
                byte[] bytes = spec.bytes();
                List<String> findings = findings(validator, bytes, file);
                Map<String, String> fields =
                        spec.expected() == Outcome.ACCEPT ? Fields.of(Edxml.parse(bytes)) : Map.of();
                if (!spec.extraFields().isEmpty()) {
                    fields = new TreeMap<>(fields);
                    fields.putAll(spec.extraFields());
                }
                cases.add(new ConformanceCase(
                        spec.id(),
                        spec.title(),
                        spec.titleVi(),
                        spec.clause(),
                        spec.level(),
                        Direction.CONSUMER,
                        spec.expected(),
                        findings,
                        fields,
                        file,
                        spec.levels()));
                files.put(file, bytes);
            }
            for (Scenarios.ReplySpec r : Scenarios.replies()) {
                ConformanceCase source = cases.stream()
                        .filter(c -> c.id().equals(r.source()))
                        .findFirst()
                        .orElseThrow();
                cases.add(new ConformanceCase(
                        r.id(),
                        r.title(),
                        r.titleVi(),
                        "QCVN 102:2016 §7 (gói tin trạng thái); " + "QĐ 28/2018 (mã trạng thái)",
                        Level.MUST,
                        Direction.CONSUMER,
                        Outcome.ACCEPT,
                        List.of(),
                        replyFields(source.expectedFields(), r.status(), r.description()),
                        source.file()));
            }
            cases.addAll(Scenarios.cases());
            files.put(TRUST_ANCHOR_FILE, pki.rootPem().getBytes(StandardCharsets.US_ASCII));
            return new Suite(cases, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test PKI could not be built", e);
        }
    }

    /** The fields of the status package answering a package with {@code fields}, as its first receiver. */
    static Map<String, String> replyFields(Map<String, String> fields, String status, String description) {
        Map<String, String> f = new TreeMap<>();
        f.put("kind", "status");
        for (String k : List.of("documentId", "code.number", "code.notation", "promulgationDate")) {
            if (fields.containsKey(k)) {
                f.put(k, fields.get(k));
            }
        }
        f.put("from.organId", fields.get("to[0].organId"));
        f.put("responseFor.organId", fields.get("from.organId"));
        f.put("statusCode", status);
        f.put("description", description);
        return f;
    }

    /** What our validator reports under the {@code qcvn102} profile: the distinct codes, sorted. */
    static List<String> findings(Validator validator, byte[] bytes, String file) {
        return validator.validate(bytes, file).findings().stream()
                .map(Finding::code)
                .distinct()
                .sorted()
                .toList();
    }

    /** {@value #VERSION}. */
    public String version() {
        return VERSION;
    }

    /** Every case, in id order within each area. */
    public List<ConformanceCase> cases() {
        return cases;
    }

    public Optional<ConformanceCase> find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Writes every consumer case's package (reply cases answer one of them; producer packages are the vendor's), {@value #TRUST_ANCHOR_FILE}, {@value #MANIFEST_FILE} and
     * {@value #SUMS_FILE} into {@code dir} (created if needed); each file is written to a temporary file and moved
     * into place.
     */
    public void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            writeAtomically(dir.resolve(f.getKey()), f.getValue());
        }
        writeAtomically(dir.resolve(MANIFEST_FILE), manifest);
        writeAtomically(dir.resolve(SUMS_FILE), sums);
    }

    /** The suite's identity: SHA-256 (hex) of {@code manifest.json} followed by {@code SHA256SUMS}. */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(manifest);
            md.update(sums);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The generated files by name (packages and the trust anchor, not the manifest or the sums). */
    Map<String, byte[]> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    /**
     * Issues the producer scenarios of a run into {@code dir} (created if needed): {@code scenarios.json}, each
     * scenario with its own one-time challenge drawn from {@code random} (give a {@link java.security.SecureRandom}
     * for a real run), the description files, the packages the status scenarios answer and the run's keys; the
     * software under test then writes each scenario's {@link Scenario#output() output} into {@code dir}.
     */
    public List<Scenario> issueScenarios(Path dir, java.util.random.RandomGenerator random) throws IOException {
        return Scenarios.issue(this, dir, random);
    }

    @Override
    public String toString() {
        return "Suite[" + VERSION + ", " + cases.size() + " cases, sha256 " + digest() + "]";
    }

    private static Map<String, Object> toJson(ConformanceCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("titleVi", c.titleVi());
        m.put("clause", c.clause());
        m.put("level", c.level().name());
        m.put("direction", c.direction().name());
        m.put("expected", c.expected().name());
        m.put("expectedFindings", c.expectedFindings());
        m.put("expectedFields", new TreeMap<>(c.expectedFields()));
        m.put("file", c.file());
        Map<String, Object> levels = new LinkedHashMap<>();
        c.levels().forEach((k, v) -> levels.put(k.id(), v.name()));
        m.put("certificationLevels", levels);
        return m;
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        // the umask's permissions, and only a regular file is replaced (a FIFO or a device is refused)
        dev.edxml.internal.OutputFile.write(target, bytes);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
