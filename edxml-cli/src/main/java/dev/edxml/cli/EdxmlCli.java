package dev.edxml.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The {@code edxml} command (see the CLI contract): results on stdout, messages on stderr, both UTF-8 whatever the
 * platform's default; exit code 0 when done, 1 when the input was examined and rejected, 2 when the command could not
 * run.
 */
@Command(name = "edxml", mixinStandardHelpOptions = true, versionProvider = EdxmlCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {InspectCommand.class, ValidateCommand.class, SignCommand.class, VerifyCommand.class,
            DemoCommand.class, NewCommand.class, ReplyCommand.class, ConformanceCommand.class},
        description = "Reads, writes, inspects, validates, signs and verifies edXML packages (QCVN 102:2016/BTTTT).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; every input passed", "1:an input was examined and rejected (validation errors included)",
                "2:the command could not run (unknown option, missing file, unreadable key store or wrong password)"})
public final class EdxmlCli implements Callable<Integer> {
    /** Exit code: done, every input passed. */
    static final int OK = 0;
    /** Exit code: an input was examined and rejected. */
    static final int REJECTED = 1;
    /** Exit code: the command could not run. */
    static final int CANNOT_RUN = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the human text: vi (default) or en.")
    Lang lang;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On failure, also print the stack trace (for reporting bugs).")
    boolean debug;

    /** The environment the command reads (the key password); the process's own, or a test's. */
    final Map<String, String> env;

    /** Whether long commands may draw a progress bar on stderr: only when run by {@link #main} on a terminal. */
    final boolean progressOnTerminal;

    private EdxmlCli(Map<String, String> env, boolean progressOnTerminal) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.progressOnTerminal = progressOnTerminal;
    }

    public static void main(String[] args) {
        // the libraries inside log through SLF4J; the command has no log to keep, and SLF4J's "no provider" notice
        // on stderr would read like an error to a clerk (a user's own settings win)
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        Map<String, String> env = System.getenv();
        int code = commandLine(out, err, env, ProgressBar.stderrIsTerminal(env)).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line writing to {@code out} and {@code err}, ready to {@code execute(args)}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** The same, reading environment variables from {@code env} instead of the process's environment. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
        return commandLine(out, err, env, false);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env,
                                           boolean progressOnTerminal) {
        CommandLine cl = new CommandLine(new EdxmlCli(env, progressOnTerminal));
        // `edxml generate-completion > edxml_completion; source edxml_completion`: bash/zsh completion of every
        // command and option, generated from the same definitions, so it cannot fall behind
        cl.addSubcommand(new picocli.AutoComplete.GenerateCompletion());
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(EdxmlCli::badArguments);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            EdxmlCli root = (EdxmlCli) cmd.getCommandSpec().root().userObject();
            return Failures.report(ex, root.lang, root.debug, cmd.getErr());
        });
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("edxml: " + lang.t("err.noCommand"));
        spec.commandLine().usage(err);
        return CANNOT_RUN;
    }

    private static int badArguments(ParameterException ex, String[] args) {
        // --lang may be the argument that failed, or come after it: read it from the raw arguments
        Lang lang = Lang.fromArgs(args);
        PrintWriter err = ex.getCommandLine().getErr();
        String message = ex instanceof UnmatchedArgumentException u
                ? lang.t("err.unknownArg", String.join(" ", u.getUnmatched()))
                : lang.t("err.badArgs", ex.getMessage());
        err.println("edxml: " + message);
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println(lang.t("err.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
        err.flush();
        return CANNOT_RUN;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    /** The version from the jar's manifest; {@code dev} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EdxmlCli.class.getPackage().getImplementationVersion();
            return new String[] {"edxml " + (v == null ? "dev" : v) + " (QCVN 102:2016/BTTTT)"};
        }
    }
}
