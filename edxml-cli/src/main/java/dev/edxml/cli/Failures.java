package dev.edxml.cli;

import dev.edxml.EdxmlException;
import dev.edxml.sign.KeyAccessException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;

/**
 * Turns a command's failure into one line on stderr, {@code file:line:col: CODE message} for a rejected input, and the
 * contract's exit code: 1 when the input was rejected, 2 when the command could not run. The stack trace is printed
 * only with {@code --debug}: clerks read these lines, developers read the trace.
 */
final class Failures {
    private Failures() {}

    /** A folder was named where a file was expected. */
    static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static int report(Exception ex, Lang lang, boolean debug, PrintWriter err) {
        String source = ex instanceof CliFailure f ? f.source() : "edxml";
        Throwable cause = ex instanceof CliFailure f ? f.getCause() : ex;
        if (cause instanceof UncheckedIOException u) {
            cause = u.getCause();
        }
        int code;
        if (cause instanceof EdxmlException e) {
            err.println(rejection(source, e, lang));
            code = EdxmlCli.REJECTED;
        } else if (cause instanceof KeyAccessException k) {
            // a wrong password or PIN, or an unusable key store or token: the command could not run
            err.println(source + ": " + k.code() + " " + k.message(lang.locale()));
            code = EdxmlCli.CANNOT_RUN;
        } else {
            err.println(source + ": " + cannotRun(cause, lang));
            code = EdxmlCli.CANNOT_RUN;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** One line saying why a package could not be taken: its code and message, or why it could not be read. */
    static String oneLine(Exception e, Lang lang) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof EdxmlException x) {
            return (x.position().isEmpty() ? "" : x.position() + ": ") + x.code() + " " + x.message(lang.locale());
        }
        return cannotRun(cause, lang);
    }

    /** {@code file:line:col: CODE message (path)}, the position and path only when known. */
    static String rejection(String source, EdxmlException e, Lang lang) {
        StringBuilder sb = new StringBuilder(source);
        if (!e.position().isEmpty()) {
            sb.append(':').append(e.position());
        }
        sb.append(": ").append(e.code()).append(' ').append(e.message(lang.locale()));
        e.path().ifPresent(p -> sb.append(" (").append(p).append(')'));
        // the message and path may quote the package: neutralised like every human output
        return dev.edxml.internal.Markup.oneLine(sb.toString());
    }

    private static String cannotRun(Throwable cause, Lang lang) {
        if (cause instanceof NoSuchFileException n) {
            String folder = missingFolder(n.getFile());
            return folder == null ? lang.t("err.noSuchFile") : lang.t("err.noSuchFolder", folder);
        } else if (cause instanceof StdinInput.TooLarge t) {
            return lang.t("err.stdinTooLarge", t.max >> 20);
        } else if (cause instanceof NotAFile || isDirectory(cause)) {
            return lang.t("err.isDirectory");
        } else if (cause instanceof dev.edxml.internal.OutputFile.NotRegularFileException) {
            return lang.t("err.notRegular");
        } else if (cause instanceof AccessDeniedException) {
            return lang.t("err.accessDenied");
        } else if (cause instanceof SignCommand.NoPassword) {
            return lang.t("err.noPassword", SignCommand.PASSWORD_VARIABLE);
        } else if (cause instanceof CertificateException && noCertificate(detail(cause))) {
            return lang.t("err.noCertificate");
        } else if (cause instanceof CertificateException) {
            return lang.t("err.certificates", detail(cause));
        } else if (cause instanceof GeneralSecurityException) {
            return lang.t("err.crypto", detail(cause));
        } else if (cause instanceof IOException) {
            return lang.t(
                    "err.io", cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        return lang.t("err.internal", cause);
    }

    /** The folder that does not exist when a file in it was not found (an output in a missing folder), or null. */
    static String missingFolder(String file) {
        if (file == null) {
            return null;
        }
        try {
            Path parent = Path.of(file).getParent();
            return parent != null && !Files.exists(parent) ? parent.toString() : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The operating system's "Is a directory" (EISDIR), in whatever words, for a path that is a folder. */
    private static boolean isDirectory(Throwable cause) {
        if (!(cause instanceof FileSystemException f) || f.getFile() == null) {
            return false;
        }
        try {
            return Files.isDirectory(Path.of(f.getFile()));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The JDK's and the trust policy's words for a file or folder holding no certificate. */
    private static boolean noCertificate(String detail) {
        return detail.equals("No certificate data found")
                || detail.startsWith("no certificate in ")
                || detail.contains("Empty input");
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
