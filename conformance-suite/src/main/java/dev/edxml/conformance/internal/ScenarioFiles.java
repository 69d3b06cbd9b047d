package dev.edxml.conformance.internal;

/** The file names of a scenario folder, for the {@code edxml conformance} command's messages. */
public final class ScenarioFiles {
    /** The scenarios of a run. */
    public static final String FILE = "scenarios.json";
    /** The PKCS#12 the suite issues for an axis run (entries {@code person} and {@code organisation}). */
    public static final String KEY_FILE = "suite-signer.p12";
    /** Its password, one line. */
    public static final String PASSWORD_FILE = "suite-signer.password";
    /** The CA of the run's keys. */
    public static final String CA_FILE = "run-ca.pem";

    private ScenarioFiles() {}
}
