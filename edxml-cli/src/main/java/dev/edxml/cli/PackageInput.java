package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.PayloadType;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one package as a command or {@code edxml serve} holds them: a file (the user's, or the server's private
 * copy of a large request), or bytes in memory (a small request). The checks of {@code inspect}, {@code validate} and
 * {@code verify} read through it, so the command and the server run the same code on the same bytes.
 *
 * @param source the name shown in reports (the file as the user named it, or the request's {@code name})
 * @param file   the file, or {@code null} when the bytes are in memory
 * @param bytes  the bytes, or {@code null} when they are in a file
 */
@SuppressWarnings("ArrayRecordComponent") // internal: handed from the reader to the checks, never changed
record PackageInput(String source, Path file, byte[] bytes) {
    PackageInput {
        Objects.requireNonNull(source, "source");
        if ((file == null) == (bytes == null)) {
            throw new IllegalArgumentException("a file or bytes, not both");
        }
    }

    /** The package in a file, named as the user named it. */
    static PackageInput of(Path file) {
        return new PackageInput(file.toString(), file, null);
    }

    /** Reads the package (its temporary attachment files go when it is closed). */
    EdxmlPackage read() throws IOException {
        if (file != null) {
            return Edxml.read(file);
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return Edxml.read(in);
        }
    }

    /** The signature report, valid or not. */
    SignatureReport examine(Verifier verifier) throws IOException {
        return file != null ? verifier.examine(file) : verifier.examine(bytes);
    }

    /** The validation report, named {@link #source}. */
    ValidationReport validate(Validator validator) {
        return file != null ? validator.validate(file, source) : validator.validate(bytes, source);
    }

    /** Whether the bytes are a bare PDF ({@code verify} takes those too): a {@code .pdf} name, or {@code %PDF-}. */
    boolean isPdf() throws IOException {
        if (file != null) {
            return PdfVerdicts.isPdf(file);
        }
        return PayloadType.sniff(Arrays.copyOf(bytes, Math.min(8, bytes.length))) == PayloadType.PDF;
    }

    /** The bytes as a stream. */
    InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
        return source + (file != null ? " (file)" : " (" + bytes.length + " bytes)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackageInput p
                && p.source.equals(source)
                && Objects.equals(p.file, file)
                && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, file, Arrays.hashCode(bytes));
    }
}
