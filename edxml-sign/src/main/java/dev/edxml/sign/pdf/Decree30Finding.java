package dev.edxml.sign.pdf;

import dev.edxml.Finding;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of {@link Decree30#check}: a coded problem (VI and EN text through {@link Finding}) and the
 * clause of Decree 30/2020/NĐ-CP it comes from.
 *
 * @param problem the code, severity and message
 * @param clause  the article or appendix item, for example {@code "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II,
 *                khoản 8 điểm b"}
 * @param file    the PDF the finding is about, when it is about one
 */
public record Decree30Finding(Finding problem, String clause, Optional<String> file) {
    public Decree30Finding {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(file, "file");
    }

    public String code() {
        return problem.code();
    }

    /** The message in Vietnamese ({@code vi}) or English, with the clause. */
    public String message(Locale locale) {
        return problem.message(locale) + " [" + clause + "]";
    }

    @Override
    public String toString() {
        return problem.severity() + " " + problem.code() + " " + message(Locale.ENGLISH);
    }
}
