package dev.edxml.conformance;

import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import dev.edxml.internal.JsonReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One conformance run (một lần chạy kiểm thử): which suite, which software, when, through which adapter, and the result
 * of every case. Reports and the certification record are written from it ({@link RunFormat}).
 *
 * @param suiteVersion the suite's version
 * @param suiteDigest  the suite's SHA-256 ({@link Suite#digest()})
 * @param vendor       who makes the software under test (empty when not named)
 * @param productName  the software's name (empty when not named)
 * @param productVersion its version (empty when not named)
 * @param date         when the run was made (UTC)
 * @param adapter      how the software was asked (the command line, the URL, the Java class)
 * @param results      one result per case of the run, in catalogue order
 * @param certificationLevel what the run certifies ({@code qcvn102} or {@code axis})
 * @since 0.1.0
 */
public record RunResult(
        String suiteVersion,
        String suiteDigest,
        String vendor,
        String productName,
        String productVersion,
        Instant date,
        String adapter,
        List<CaseResult> results,
        CertificationLevel certificationLevel) {
    /** A run at the {@code qcvn102} level. */
    public RunResult(
            String suiteVersion,
            String suiteDigest,
            String vendor,
            String productName,
            String productVersion,
            Instant date,
            String adapter,
            List<CaseResult> results) {
        this(
                suiteVersion,
                suiteDigest,
                vendor,
                productName,
                productVersion,
                date,
                adapter,
                results,
                CertificationLevel.QCVN102);
    }

    /** The software under test in one line: vendor, name and version separated by spaces (empty when unnamed). */
    public String product() {
        return (vendor + " " + productName + " " + productVersion).strip();
    }

    /** Whether the suite's version is a draft ({@code …-draft}): its cases may still change before it is final. */
    public boolean draft() {
        return suiteVersion.endsWith("-draft");
    }

    /**
     * The directions the run covered, in this order: {@code consumer} (reading packages), {@code reply} (answering
     * them with status packages), {@code producer} (making packages); a direction counts when one of its cases ran.
     */
    public List<String> directions() {
        List<String> out = new ArrayList<>();
        if (results.stream()
                .anyMatch(r -> r.direction() == Direction.CONSUMER
                        && !r.id().startsWith("C-RPL-")
                        && r.verdict() != Verdict.NOT_RUN)) {
            out.add("consumer");
        }
        if (results.stream().anyMatch(r -> r.id().startsWith("C-RPL-") && r.verdict() != Verdict.NOT_RUN)) {
            out.add("reply");
        }
        if (results.stream().anyMatch(r -> r.direction() == Direction.PRODUCER && r.verdict() != Verdict.NOT_RUN)) {
            out.add("producer");
        }
        return List.copyOf(out);
    }

    /**
     * One line saying what the run certifies, or would: {@code axis · consumer + reply · suite 1.1.0-draft (draft)}.
     */
    public String scope() {
        List<String> d = directions();
        return certificationLevel.id() + " · " + (d.isEmpty() ? "nothing run" : String.join(" + ", d)) + " · suite "
                + suiteVersion + (draft() ? " (draft)" : "");
    }

    public RunResult {
        Objects.requireNonNull(suiteVersion, "suiteVersion");
        Objects.requireNonNull(suiteDigest, "suiteDigest");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(adapter, "adapter");
        results = List.copyOf(results);
        Objects.requireNonNull(certificationLevel, "certificationLevel");
    }

    /** The results with {@code verdict}. */
    public List<CaseResult> with(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).toList();
    }

    /** The MUST cases that failed or errored: any of them fails certification. */
    public List<CaseResult> mustFailures() {
        return results.stream().filter(CaseResult::failsCertification).toList();
    }

    /** How many MUST cases the run holds, and how many of them passed. */
    public long mustTotal() {
        return results.stream().filter(r -> r.level() == Level.MUST).count();
    }

    /** How many MUST cases passed. */
    public long mustPassed() {
        return results.stream()
                .filter(r -> r.level() == Level.MUST && r.verdict() == Verdict.PASS)
                .count();
    }

    /** The MUST cases that were not run (the reply cases of a run without a reply adapter). */
    public List<CaseResult> mustNotRun() {
        return results.stream()
                .filter(r -> r.level() == Level.MUST && r.verdict() == Verdict.NOT_RUN)
                .toList();
    }

    /**
     * True when every MUST case of the run passed: none failed or errored, and none was left out (a run without the
     * reply cases certifies nothing about replies, so it is not conformant, though nothing in it failed).
     */
    public boolean conformant() {
        return mustFailures().isEmpty() && mustNotRun().isEmpty();
    }

    /**
     * What the run certifies, in words: the level, the directions and the suite, saying what it does not cover (a
     * {@code qcvn102} run certifies no signing or verifying; a draft suite is not final); Vietnamese for a {@code vi}
     * locale, else English.
     */
    public String certifies(java.util.Locale locale) {
        return RunReports.certifies(this, locale);
    }

    /** The run as JSON ({@link RunFormat#JSON}). */
    public String toJson() {
        return RunReports.json(this);
    }

    /**
     * Reads back what {@link #toJson()} wrote (the {@code report} command re-renders a run from it).
     *
     * @throws IllegalArgumentException when {@code json} is not a run's JSON
     */
    public static RunResult fromJson(String json) {
        try {
            Object root = JsonReader.read(json);
            if (!(root instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            Map<?, ?> p = (Map<?, ?>) m.get("product");
            List<CaseResult> results = new ArrayList<>();
            for (Object o : (List<?>) m.get("results")) {
                Map<?, ?> r = (Map<?, ?>) o;
                results.add(new CaseResult(
                        text(r, "id"),
                        text(r, "title"),
                        text(r, "titleVi"),
                        Level.valueOf(text(r, "level")),
                        Direction.valueOf(text(r, "direction")),
                        Verdict.valueOf(text(r, "verdict")),
                        text(r, "message"),
                        text(r, "messageVi"),
                        ((List<?>) r.get("details"))
                                .stream().map(String::valueOf).toList()));
            }
            return new RunResult(
                    text(m, "suiteVersion"),
                    text(m, "suiteDigest"),
                    text(p, "vendor"),
                    text(p, "name"),
                    text(p, "version"),
                    Instant.parse(text(m, "date")),
                    text(m, "adapter"),
                    results,
                    m.get("certificationLevel") instanceof String l
                            ? CertificationLevel.parse(l)
                            : CertificationLevel.QCVN102);
        } catch (JsonReader.Malformed e) {
            throw new IllegalArgumentException("not JSON (" + e.line() + ":" + e.column() + "): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException i) {
                throw i;
            }
            throw new IllegalArgumentException("not the JSON of a conformance run: " + e, e);
        }
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("missing text \"" + key + "\"");
        }
        return s;
    }

    @Override
    public String toString() {
        return "RunResult[" + scope() + ", suite " + suiteVersion + ", " + product() + ", " + results.size()
                + " cases, " + mustPassed()
                + "/" + mustTotal() + " MUST pass, "
                + (conformant() ? "conformant" : mustFailures().size() + " MUST failures") + "]";
    }
}
