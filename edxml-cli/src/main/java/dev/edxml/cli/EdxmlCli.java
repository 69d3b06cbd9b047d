package dev.edxml.cli;

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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code edxml} command (see the CLI contract): results on stdout, messages on stderr, both UTF-8 whatever the
 * platform's default; exit code 0 when done, 1 when the input was examined and rejected, 2 when the command could not
 * run.
 */
@Command(
        name = "edxml",
        mixinStandardHelpOptions = true,
        versionProvider = EdxmlCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Reads, writes, inspects, validates, signs and verifies edXML packages (QCVN 102:2016/BTTTT).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done; every input passed",
            "1:an input was examined and rejected (validation errors included)",
            "2:the command could not run (unknown option, missing file, unreadable key store or wrong password)"
        },
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
            "Every command has its own --help with examples."
        })
public final class EdxmlCli implements Callable<Integer> {
    /**
     * The commands, in the order of the help. Not in the annotation: {@link #main} builds only the command asked for
     * (picocli reflects over every command it is given, a quarter of a short command's start; see {@link Startup}).
     */
    static final List<Class<?>> COMMANDS = List.of(
            InspectCommand.class,
            ValidateCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            DemoCommand.class,
            NewCommand.class,
            ReplyCommand.class,
            StatsCommand.class,
            ConformanceCommand.class,
            AxisCommand.class,
            TrustCommand.class,
            ServeCommand.class,
            ExplainCommand.class);

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

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            paramLabel = "vi|en",
            description = "Language of the human text: vi or en (default: the environment variable EDXML_LANG, "
                    + "then the system's language, then vi).")
    Lang lang;

    @Option(
            names = "--quiet",
            scope = ScopeType.INHERIT,
            description = "No progress bar and no informational messages on stderr (errors are still printed).")
    boolean quiet;

    @Option(
            names = "--progress",
            scope = ScopeType.INHERIT,
            description = "Draw the progress bar on stderr even where it cannot be told that stderr is a terminal "
                    + "(e.g. Windows with the output redirected).")
    boolean progress;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "On failure, also print the stack trace (for reporting bugs).")
    boolean debug;

    /** The environment the command reads (the key password); the process's own, or a test's. */
    final Map<String, String> env;

    /** Standard input, which {@code -} names where a package is expected: the process's, or a test's. */
    final InputStream stdin;

    /** The language when {@code --lang} is not given (see {@link Lang#resolve}). */
    final Lang defaultLang;

    /** Whether stderr is a terminal, as {@link ProgressBar#stderrIsTerminal} decided when {@link #main} started. */
    private final boolean stderrIsTerminal;

    /**
     * Whether long commands draw a progress bar on stderr: stderr is a terminal or {@code --progress} was given, and
     * not {@code --quiet}. Set once the arguments are parsed.
     */
    boolean progressOnTerminal;

    private EdxmlCli(Map<String, String> env, boolean stderrIsTerminal, Lang defaultLang, InputStream stdin) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.stderrIsTerminal = stderrIsTerminal;
        this.defaultLang = defaultLang;
        // the option's initial value is its default, which picocli restores before each parse
        this.lang = defaultLang;
    }

    /** Where informational messages go: stderr, or nowhere with {@code --quiet}. Errors always go to stderr. */
    PrintWriter info(PrintWriter err) {
        return quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err;
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
        // the system's language is read once, here; it chooses the language of the text and nothing else
        Lang lang = Lang.resolve(
                env,
                Lang.systemPreference(
                        env,
                        java.io.File.separatorChar == '\\',
                        java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY)));
        int code = commandLine(out, err, env, ProgressBar.stderrIsTerminal(env), lang, System.in, only)
                .execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line writing to {@code out} and {@code err}, ready to {@code execute(args)}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /**
     * The same, reading environment variables from {@code env} instead of the process's environment; the language
     * follows {@code EDXML_LANG} in {@code env}, else Vietnamese (the system's locale plays no part, so that tests do
     * not depend on the machine).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
        return commandLine(out, err, env, System.in);
    }

    /** The same, reading standard input from {@code stdin}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, InputStream stdin) {
        return commandLine(out, err, env, false, Lang.resolve(env, null), stdin);
    }

    static CommandLine commandLine(
            PrintWriter out,
            PrintWriter err,
            Map<String, String> env,
            boolean stderrIsTerminal,
            Lang defaultLang,
            InputStream stdin) {
        return commandLine(out, err, env, stderrIsTerminal, defaultLang, stdin, null);
    }

    /** The command line with every command, or with {@code only} that one when it is not null. */
    private static CommandLine commandLine(
            PrintWriter out,
            PrintWriter err,
            Map<String, String> env,
            boolean stderrIsTerminal,
            Lang defaultLang,
            InputStream stdin,
            Class<?> only) {
        CommandLine cl = new CommandLine(new EdxmlCli(env, stderrIsTerminal, defaultLang, stdin));
        for (Class<?> command : only == null ? COMMANDS : List.of(only)) {
            cl.addSubcommand(command);
        }
        if (only == null) {
            // `edxml generate-completion > edxml_completion; source edxml_completion`: bash/zsh completion of every
            // command and option, generated from the same definitions, so it cannot fall behind
            cl.addSubcommand(new picocli.AutoComplete.GenerateCompletion());
            cl.getSubcommands()
                    .get("generate-completion")
                    .getCommandSpec()
                    .usageMessage()
                    .hidden(false)
                    .footerHeading("%nExamples:%n")
                    .footer(
                            "  edxml generate-completion > edxml_completion",
                            "  source edxml_completion          (or copy it to /etc/bash_completion.d/)");
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> badArguments(ex, args, defaultLang));
        // help is human text too: Vietnamese unless --lang en (read from the raw arguments, since --help is answered
        // before any command runs); English stays in the annotations, Vietnamese in help_vi.properties
        cl.setExecutionStrategy(parsed -> {
            if (Lang.fromArgs(parsed.originalArgs().toArray(String[]::new), defaultLang) == Lang.VI) {
                cl.setResourceBundle(vietnameseHelp());
            }
            EdxmlCli root = (EdxmlCli) cl.getCommand();
            root.progressOnTerminal = !root.quiet && (root.progress || root.stderrIsTerminal);
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
        return noCommand(spec, "edxml", lang.t("err.noCommand"));
    }

    /**
     * A command with subcommands run without one: says so on stderr ({@code prefix: text}), prints the command's
     * usage, and gives exit 2.
     */
    static int noCommand(CommandSpec spec, String prefix, String text) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(prefix + ": " + text);
        spec.commandLine().usage(err);
        return CANNOT_RUN;
    }

    private static int badArguments(ParameterException ex, String[] args, Lang defaultLang) {
        // --lang may be the argument that failed, or come after it: read it from the raw arguments
        Lang lang = Lang.fromArgs(args, defaultLang);
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("edxml: " + ArgumentErrors.message(ex, lang));
        String suggestions = ArgumentErrors.suggestions(ex, lang);
        if (suggestions != null) {
            err.println(suggestions);
        }
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
