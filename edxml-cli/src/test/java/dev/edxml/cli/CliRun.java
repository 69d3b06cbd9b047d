package dev.edxml.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** The outcome of running the command in-process: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    /** Runs the command with an empty environment (no {@code EDXML_KEY_PASSWORD}, whatever the machine has). */
    static CliRun of(String... args) {
        return withEnv(Map.of(), args);
    }

    /** Runs the command with {@code env} as its environment. */
    static CliRun withEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EdxmlCli.commandLine(new PrintWriter(out), new PrintWriter(err), env)
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs the command with an empty environment and {@code stdin} as its standard input. */
    static CliRun withStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EdxmlCli.commandLine(
                        new PrintWriter(out), new PrintWriter(err), Map.of(), new java.io.ByteArrayInputStream(stdin))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
