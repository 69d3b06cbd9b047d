package dev.edxml.conformance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One case of the conformance suite (trường hợp kiểm thử tuân thủ): what it checks, how strongly, in which direction,
 * and what a conformant implementation does with its package.
 *
 * @param id                {@code C-<AREA>-<NNN>}, never reused
 * @param title             one line in English
 * @param titleVi           one line in Vietnamese
 * @param clause            the clause of the regulation (or the evidence) the case rests on
 * @param level             MUST (failing it fails certification) or SHOULD
 * @param direction         consumer (the vendor reads our package) or producer (the vendor writes a package)
 * @param expected          for a consumer case: accept the package, or reject it; {@code ACCEPT} for reply
 *                          ({@code C-RPL}) and producer ({@code C-PRD}) cases
 * @param expectedFindings  codes our validator reports on the package (documentation for vendors; may be empty)
 * @param expectedFields    for an accepted package, what a reader must extract, keyed as the {@code edxml inspect
 *                          --json} schema's paths ({@code kind}, {@code from.organId}, {@code to[1].organId},
 *                          {@code code.number}, {@code attachments[0].size}, {@code signature.kind} …)
 *                          For a reply case ({@code C-RPL}), the fields the answering status package must carry; for
 *                          a producer case, the fields of the package made, {@code {challenge}} standing for the
 *                          run's challenge value
 * @param file              the package's file name in the generated set (for a reply case, the package to answer;
 *                          for a producer case, the file name the vendor writes)
 * @param levels            the case's MUST or SHOULD at each certification level it is part of (a case absent from a
 *                          level is not run at that level); {@code level} is its level at {@code qcvn102}, or at
 *                          {@code axis} for a case of the {@code axis} level only
 * @since 0.1.0
 */
public record ConformanceCase(
        String id,
        String title,
        String titleVi,
        String clause,
        Level level,
        Direction direction,
        Outcome expected,
        List<String> expectedFindings,
        Map<String, String> expectedFields,
        String file,
        Map<CertificationLevel, Level> levels) {
    private static final Pattern ID = Pattern.compile("C-(ENV|HDR|TRC|ATT|SIG|PDF|STA|RPL|PRD)-\\d{3}");

    /**
     * How strongly the regulation asks for what a case checks.
     *
     * @since 0.1.0
     */
    public enum Level {
        MUST,
        SHOULD
    }

    /**
     * Who makes the package.
     *
     * @since 0.1.0
     */
    public enum Direction {
        /** The suite gives the vendor's software a package to read. */
        CONSUMER,
        /** The vendor's software makes a package for a scenario. */
        PRODUCER
    }

    /**
     * What a conformant reader does with a consumer case's package.
     *
     * @since 0.1.0
     */
    public enum Outcome {
        ACCEPT,
        REJECT
    }

    /** Whether this is a reply case ({@code C-RPL}): the receiver answers the package with a status package. */
    public boolean isReply() {
        return id.startsWith("C-RPL-");
    }

    public ConformanceCase {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a case id is C-<AREA>-<NNN>: " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(expected, "expected");
        expectedFindings = List.copyOf(expectedFindings);
        expectedFields = Map.copyOf(expectedFields);
        Objects.requireNonNull(file, "file");
        levels = levels == null || levels.isEmpty()
                ? new java.util.EnumMap<>(Map.of(CertificationLevel.QCVN102, level, CertificationLevel.AXIS, level))
                : new java.util.EnumMap<>(levels);
        levels = java.util.Collections.unmodifiableMap(levels);
    }

    /** A case that is part of both certification levels at the same {@code level}. */
    public ConformanceCase(
            String id,
            String title,
            String titleVi,
            String clause,
            Level level,
            Direction direction,
            Outcome expected,
            List<String> expectedFindings,
            Map<String, String> expectedFields,
            String file) {
        this(id, title, titleVi, clause, level, direction, expected, expectedFindings, expectedFields, file, null);
    }

    /**
     * This case as a run at {@code certification} judges it: {@link #level()} is its level there.
     *
     * @throws IllegalArgumentException when the case is not part of that level
     */
    public ConformanceCase at(CertificationLevel certification) {
        Level l = levelAt(certification)
                .orElseThrow(() -> new IllegalArgumentException(id + " is not a case of the level " + certification));
        return new ConformanceCase(
                id, title, titleVi, clause, l, direction, expected, expectedFindings, expectedFields, file, levels);
    }

    /** The case's MUST or SHOULD at {@code certification}, or empty when it is not part of that level's run. */
    public java.util.Optional<Level> levelAt(CertificationLevel certification) {
        return java.util.Optional.ofNullable(levels.get(certification));
    }

    @Override
    public String toString() {
        return id + " " + level + " " + direction.name().toLowerCase(java.util.Locale.ROOT) + " "
                + expected.name().toLowerCase(java.util.Locale.ROOT) + ": " + title;
    }
}
