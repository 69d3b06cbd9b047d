package dev.edxml.conformance;

import java.util.Locale;

/**
 * What a run certifies (mức chứng nhận). Not to be confused with a case's {@link ConformanceCase.Level} (MUST or
 * SHOULD): each certification level runs its own set of cases, each at its own MUST or SHOULD.
 *
 * <ul>
 * <li>{@link #QCVN102}: the software reads and writes the format of QCVN 102:2016 (the suite as it was before levels
 * existed; a signature that does not verify should, not must, be rejected, and a producer package need not be
 * signed);</li>
 * <li>{@link #AXIS}: the software signs and verifies for real, as the national document axis (Trục liên thông văn bản
 * quốc gia) needs: every signature case is MUST, a relay-extended package is accepted, a tampered or shadow-attacked
 * PDF is rejected, a signer who is not the sender is reported, and every package it makes (documents and status
 * packages) carries a valid XML signature made with the certificate the suite issued for the run, its main PDF the
 * personal then the organisation signature of Decree 30/2020.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public enum CertificationLevel {
    QCVN102("qcvn102"),
    AXIS("axis");

    private final String id;

    CertificationLevel(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --level}) and in JSON ({@code certificationLevel}). */
    public String id() {
        return id;
    }

    /**
     * The level named {@code text} ({@code qcvn102} or {@code axis}, any case).
     *
     * @throws IllegalArgumentException for another name
     */
    public static CertificationLevel parse(String text) {
        for (CertificationLevel l : values()) {
            if (l.id.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("a certification level is qcvn102 or axis: " + text);
    }

    @Override
    public String toString() {
        return id;
    }
}
