package dev.edxml.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of running the command in-process: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EdxmlCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
