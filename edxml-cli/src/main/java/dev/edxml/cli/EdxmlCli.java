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
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * The {@code edxml} command (see the CLI contract): results on stdout, messages on stderr, both UTF-8 whatever the
 * platform's default; exit code 0 when done, 1 when the input was examined and rejected, 2 when the command could not
 * run.
 */
@Command(name = "edxml", mixinStandardHelpOptions = true, versionProvider = EdxmlCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Reads, writes, inspects, validates, signs and verifies edXML packages (QCVN 102:2016/BTTTT).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; every input passed", "1:an input was examined and rejected (validation errors included)",
                "2:the command could not run (unknown option, missing file, unreadable key store or wrong password)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml demo                                     try everything with throwaway keys",
            "  edxml inspect 1234.edxml                       what a package says",
            "  edxml validate --profile axis outgoing/        check before sending",
            "  edxml sign 1234.edxml --key signer.p12 --out 1234-signed.edxml",
            "  edxml verify 1234-signed.edxml --trust root-ca.pem",
            "  edxml reply 1234.edxml --status 03 --out 1234-03.edxml",
            "  edxml --lang en validate --help                help in English",
            "",
            "Every command has its own --help with examples."})
public final class EdxmlCli implements Callable<Integer> {
    /**
     * The commands, in the order of the help. Not in the annotation: {@link #main} builds only the command asked for
     * (picocli reflects over every command it is given, a quarter of a short command's start; see {@link Startup}).
     */
    static final List<Class<?>> COMMANDS = List.of(InspectCommand.class, ValidateCommand.class, SignCommand.class,
            VerifyCommand.class, DemoCommand.class, NewCommand.class, ReplyCommand.class, StatsCommand.class,
            ConformanceCommand.class, AxisCommand.class, TrustCommand.class, ServeCommand.class);

    /** The Vietnamese help (picocli resource bundle keys, qualified by command: {@code edxml.inspect.json}). */
    static final String HELP_VI = "help_vi.properties";

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
        if (Startup.isVersionOnly(args)) {
            // `edxml --version` answers without building the command line (the same text as picocli's)
            out.println(new Version().getVersion()[0]);
            out.flush();
            System.exit(OK);
        }
        Map<String, String> env = System.getenv();
        Class<?> only = Startup.commandAskedFor(args, COMMANDS);
        int code = commandLine(out, err, env, ProgressBar.stderrIsTerminal(env), only).execute(args);
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
        return commandLine(out, err, env, false, null);
    }

    /** The command line with every command, or with {@code only} that one when it is not null. */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env,
                                           boolean progressOnTerminal, Class<?> only) {
        CommandLine cl = new CommandLine(new EdxmlCli(env, progressOnTerminal));
        for (Class<?> command : only == null ? COMMANDS : List.of(only)) {
            cl.addSubcommand(command);
        }
        if (only == null) {
            // `edxml generate-completion > edxml_completion; source edxml_completion`: bash/zsh completion of every
            // command and option, generated from the same definitions, so it cannot fall behind
            cl.addSubcommand(new picocli.AutoComplete.GenerateCompletion());
            cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false)
                    .footerHeading("%nExamples:%n")
                    .footer("  edxml generate-completion > edxml_completion",
                            "  source edxml_completion          (or copy it to /etc/bash_completion.d/)");
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(EdxmlCli::badArguments);
        // help is human text too: Vietnamese unless --lang en (read from the raw arguments, since --help is answered
        // before any command runs); English stays in the annotations, Vietnamese in help_vi.properties
        cl.setExecutionStrategy(parsed -> {
            if (Lang.fromArgs(parsed.originalArgs().toArray(String[]::new)) == Lang.VI) {
                cl.setResourceBundle(vietnameseHelp());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            EdxmlCli root = (EdxmlCli) cmd.getCommandSpec().root().userObject();
            return Failures.report(ex, root.lang, root.debug, cmd.getErr());
        });
        return cl;
    }

    /**
     * The Vietnamese help texts, read as UTF-8 from this module's resources. A {@link PropertyResourceBundle} made from
     * a reader involves no locale lookup, so the machine's default locale plays no part.
     */
    static ResourceBundle vietnameseHelp() {
        try (InputStream in = EdxmlCli.class.getResourceAsStream(HELP_VI)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + HELP_VI);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
