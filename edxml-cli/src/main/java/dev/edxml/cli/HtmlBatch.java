package dev.edxml.cli;

import dev.edxml.validate.ValidationFormat;
import dev.edxml.validate.ValidationReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code validate --format html --output report.html} over more than {@value #THRESHOLD} packages: instead of one
 * page of every package (megabytes), {@code report.html} is an index (counts, a filterable list, errors first) and
 * each package has its own page in the folder {@code report-files/} beside it, {@code 00001.html}, … in the order
 * the packages were checked. The folder is written under a temporary name and moved into place in one step (an older
 * folder of that name is replaced), then the index replaces {@code report.html} atomically.
 */
final class HtmlBatch {
    /** Batches up to this many packages stay one page. */
    static final int THRESHOLD = 50;

    private HtmlBatch() {}

    /** The folder of the pages beside an index: {@code report.html} → {@code report-files}. */
    static Path folder(Path index) {
        String name = index.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return index.resolveSibling(stem + "-files");
    }

    /** The page of the {@code i}-th package, relative to the index. */
    static String link(Path index, int i) {
        return folder(index).getFileName() + "/" + page(i);
    }

    private static String page(int i) {
        return String.format(Locale.ROOT, "%05d.html", i + 1);
    }

    /** A package's page with a link back to the index ({@code back} is its text) right after {@code <body>}. */
    static String withBackLink(String page, Path index, String back) {
        String href;
        try {
            href = new java.net.URI(null, null, "../" + index.getFileName(), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        String link = "<p class=\"back\"><a href=\"" + dev.edxml.internal.Markup.text(href) + "\">← "
                + dev.edxml.internal.Markup.text(back) + "</a></p>\n";
        int body = page.indexOf("<body>\n");
        return body < 0 ? page : page.substring(0, body + 7) + link + page.substring(body + 7);
    }

    /**
     * Writes every package's page, each with a link back to the index, into the folder beside the index, replacing
     * the folder in one move.
     */
    static void writePages(List<ValidationReport> reports, Locale locale, Path index, String back) throws IOException {
        Path target = folder(index).toAbsolutePath();
        Path parent = target.getParent();
        Path tmp = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createDirectory(tmp);
        try {
            for (int i = 0; i < reports.size(); i++) {
                java.io.StringWriter page = new java.io.StringWriter();
                ValidationFormat.HTML.write(List.of(reports.get(i)), locale, page);
                try (Writer w =
                        new OutputStreamWriter(Files.newOutputStream(tmp.resolve(page(i))), StandardCharsets.UTF_8)) {
                    w.write(withBackLink(page.toString(), index, back));
                }
            }
            Path old = null;
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " exists and is not a folder");
                }
                old = parent.resolve("." + target.getFileName() + ".old-" + UUID.randomUUID());
                move(target, old);
            }
            move(tmp, target);
            tmp = null;
            if (old != null) {
                delete(old);
            }
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is untidy, not a failure of the command
        }
    }
}
