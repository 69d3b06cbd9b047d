package dev.edxml.stats;

import dev.edxml.sign.TrustPolicy;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Signing-compliance statistics (thống kê tuân thủ ký số) over a folder (with its subfolders), a {@code .zip} archive
 * or a single file of edXML packages. Immutable and thread-safe; one {@link #scan} reads the packages in parallel,
 * each once, keeps only counters, and returns a {@link StatsReport}.
 *
 * <pre>{@code
 * StatsReport r = ComplianceStats.builder()
 *         .trust(TrustPolicy.builder().trustAnchors(Path.of("trust/")).build())
 *         .build().scan(Path.of("archive-2025/"));
 * System.out.println(StatsFormat.TEXT.render(r, Locale.forLanguageTag("vi")));
 * }</pre>
 *
 * <p>Files ending in {@code .edxml} or {@code .xml} (any case) are read; other files are only counted
 * ({@link StatsReport#otherFiles()}). A package that cannot be read is counted and listed, never skipped.
 *
 * @since 0.1.0
 */
public final class ComplianceStats {
    /** The examination of a readable package failed unexpectedly (the package is counted as unreadable). */
    public static final String EXAMINATION_FAILED = "EDXML-STC-001";
    /** The package is larger than {@link Builder#maxPackageBytes}. */
    public static final String TOO_LARGE = "EDXML-STC-002";
    /** An archive entry unpacks to far more than it takes in the archive (a zip bomb). */
    public static final String ZIP_BOMB = "EDXML-STC-003";
    /** The file or archive entry could not be read (I/O error, damaged entry). */
    public static final String READ_FAILED = "EDXML-STC-004";
    /**
     * The input is a zip file but not an archive of edXML packages: an Office document ({@code .docx}, {@code .xlsx},
     * {@code .pptx}, OpenDocument) or a zip without any {@code .edxml} or {@code .xml} entry. It is counted as one
     * unreadable package; its entries are not read.
     */
    public static final String NOT_EDXML = "EDXML-STC-005";

    /** Above this ratio of unpacked to packed size (and past 1 MiB) an archive entry is treated as a zip bomb. */
    static final int MAX_RATIO = 200;

    private final TrustPolicy trust;
    private final Profile profile;
    private final int threads;
    private final Clock clock;
    private final dev.edxml.Progress progress;
    private final long maxPackageBytes;
    private final int maxEntries;
    private final Examiner examiner;

    private ComplianceStats(Builder b) {
        this.trust = b.trust;
        this.profile = b.profile;
        this.threads = b.threads;
        this.clock = b.clock;
        this.progress = b.progress;
        this.maxPackageBytes = b.maxPackageBytes;
        this.maxEntries = b.maxEntries;
        this.examiner = new Examiner(trust, Validator.of(profile));
    }

    /** A builder with the defaults: no trust anchors, profile {@code qcvn102}, one thread per processor. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every package of a folder (recursively), a {@code .zip} archive or a single file and counts the figures.
     *
     * @throws IOException when the input cannot be read at all: missing, not a folder and not a readable archive,
     *                     an archive with more than the allowed entries, or the scan was interrupted
     */
    public StatsReport scan(Path input) throws IOException {
        Objects.requireNonNull(input, "input");
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString());
        }
        Tally tally = new Tally();
        int[] other = new int[1];
        if (Files.isDirectory(input)) {
            scanFolder(input, tally, other);
        } else if (isZip(input)) {
            java.util.Optional<String> why = notAnEdxmlArchive(input);
            if (why.isPresent()) {
                tally.add(unreadable(input.toString(), NOT_EDXML, why.get()));
            } else {
                scanZip(input, tally, other);
            }
        } else {
            try (Pipeline p = new Pipeline(tally, 1)) {
                p.submit(input.toString(), () -> examine(input.toString(), input));
            }
        }
        return tally.report(input.toString(), clock.instant(), trust.anchors().size(), profile.name(), other[0]);
    }

    private void scanFolder(Path dir, Tally tally, int[] other) throws IOException {
        try {
            walkFolder(dir, tally, other);
        } catch (java.io.UncheckedIOException e) {
            // a sub-folder that cannot be listed: Files.walk reports it unchecked; scan declares IOException
            throw e.getCause();
        }
    }

    private void walkFolder(Path dir, Tally tally, int[] other) throws IOException {
        int total;
        try (Stream<Path> files = Files.walk(dir)) {
            total = (int) files.filter(Files::isRegularFile)
                    .filter(ComplianceStats::isPackageName)
                    .count();
        }
        try (Stream<Path> files = Files.walk(dir);
                Pipeline p = new Pipeline(tally, total)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (isPackageName(f)) {
                    p.submit(f.toString(), () -> examine(f.toString(), f));
                } else {
                    other[0]++;
                }
            }
        }
    }

    private void scanZip(Path zip, Tally tally, int[] other) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() > maxEntries) {
                throw new IOException(zip + ": the archive has " + zf.size() + " entries, more than " + maxEntries);
            }
            int total = (int) zf.stream()
                    .filter(e -> !e.isDirectory() && isPackageName(e.getName()))
                    .count();
            try (Pipeline p = new Pipeline(tally, total)) {
                for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory()) {
                        continue;
                    }
                    if (!isPackageName(e.getName())) {
                        other[0]++;
                        continue;
                    }
                    String source = zip + "!/" + e.getName();
                    // entries are read here, one at a time, and examined by the pool
                    Object bytesOrFacts = readEntry(zf, e, source);
                    if (bytesOrFacts instanceof Facts f) {
                        p.submit(source, () -> f);
                    } else {
                        byte[] bytes = (byte[]) bytesOrFacts;
                        p.submit(source, () -> examiner.examine(source, bytes));
                    }
                }
            }
        }
    }

    /** The entry's bytes, or the facts of an unreadable package when it is too large, a bomb or damaged. */
    private Object readEntry(ZipFile zf, ZipEntry e, String source) {
        try (InputStream in = zf.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long packed = Math.max(1, e.getCompressedSize());
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxPackageBytes) {
                    return unreadable(source, TOO_LARGE, "larger than " + maxPackageBytes + " bytes");
                }
                if (out.size() > (1 << 20) && out.size() / packed > MAX_RATIO) {
                    return unreadable(
                            source,
                            ZIP_BOMB,
                            "unpacks to more than " + MAX_RATIO + " times its packed size (" + packed + " bytes)");
                }
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException ex) {
            return unreadable(source, READ_FAILED, String.valueOf(ex.getMessage()));
        }
    }

    private Facts examine(String source, Path file) {
        try {
            if (Files.size(file) > maxPackageBytes) {
                return unreadable(source, TOO_LARGE, "larger than " + maxPackageBytes + " bytes");
            }
        } catch (IOException | RuntimeException e) {
            return unreadable(source, READ_FAILED, String.valueOf(e.getMessage()));
        }
        return examiner.examine(source, file);
    }

    private static Facts unreadable(String source, String code, String message) {
        return Facts.unreadable(new UnreadablePackage(source, code, OptionalInt.empty(), OptionalInt.empty(), message));
    }

    /**
     * Why a zip file is not an archive of edXML packages, if it is not: an Office Open XML or OpenDocument file (its
     * XML parts would otherwise be read as packages), or no {@code .edxml}/{@code .xml} entry at all. A zip that
     * cannot be opened is left to {@link #scanZip}, which says so.
     */
    static java.util.Optional<String> notAnEdxmlArchive(Path zip) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.getEntry("[Content_Types].xml") != null) {
                return java.util.Optional.of("an Office Open XML document (.docx, .xlsx, .pptx…), not an edXML package"
                        + " or a .zip archive of packages");
            }
            ZipEntry mime = zf.getEntry("mimetype");
            if (mime != null && mime.getSize() < 200) {
                try (InputStream in = zf.getInputStream(mime)) {
                    String type = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII);
                    if (type.startsWith("application/vnd.oasis.opendocument") || type.startsWith("application/epub")) {
                        return java.util.Optional.of("an OpenDocument or EPUB file (" + type.strip()
                                + "), not an edXML package or a .zip archive of packages");
                    }
                }
            }
            if (zf.stream().noneMatch(e -> !e.isDirectory() && isPackageName(e.getName()))) {
                return java.util.Optional.of(
                        "a zip file without any .edxml or .xml entry, not an archive of edXML" + " packages");
            }
            return java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean isZip(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    static boolean isPackageName(Path file) {
        return isPackageName(file.getFileName().toString());
    }

    static boolean isPackageName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".edxml") || n.endsWith(".xml");
    }

    @Override
    public String toString() {
        return "ComplianceStats[" + trust + ", profile " + profile.name() + ", " + threads + " threads]";
    }

    /** A unit of work that yields one package's facts. */
    private interface Work {
        Facts run();
    }

    /**
     * A bounded parallel pipeline: at most twice as many packages in flight as threads, so that memory stays bounded
     * however many files there are; closing it waits for the last package.
     */
    private final class Pipeline implements AutoCloseable {
        private final Tally tally;
        private final int total;
        private final ExecutorService pool;
        private final Semaphore slots = new Semaphore(threads * 2);
        private final AtomicInteger done = new AtomicInteger();
        private final java.util.concurrent.atomic.AtomicReference<Error> fatal =
                new java.util.concurrent.atomic.AtomicReference<>();

        Pipeline(Tally tally, int total) {
            this.tally = tally;
            this.total = total;
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "edxml-stats");
                t.setDaemon(true);
                return t;
            });
        }

        void submit(String source, Work work) throws IOException {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new InterruptedIOException("the scan was interrupted");
            }
            pool.execute(() -> {
                try {
                    Facts facts;
                    try {
                        facts = work.run();
                    } catch (RuntimeException | StackOverflowError e) {
                        // whatever happens, the package is counted and listed
                        facts = unreadable(source, EXAMINATION_FAILED, String.valueOf(e));
                    } catch (Error e) {
                        // out of memory and the like: counted too, and the scan then fails rather than return
                        // figures the machine could not finish
                        fatal.compareAndSet(null, e);
                        facts = unreadable(source, EXAMINATION_FAILED, String.valueOf(e));
                    }
                    tally.add(facts);
                    progress.progress(done.incrementAndGet(), total);
                } finally {
                    slots.release();
                }
            });
        }

        @Override
        public void close() throws IOException {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a very large package may take long; keep waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new InterruptedIOException("the scan was interrupted");
            }
            if (fatal.get() != null) {
                throw fatal.get();
            }
        }
    }

    /**
     * Builds a {@link ComplianceStats}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private TrustPolicy trust = TrustPolicy.builder().build();
        private Profile profile = Profile.QCVN102;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Clock clock = Clock.systemUTC();
        private dev.edxml.Progress progress = dev.edxml.Progress.NONE;
        private long maxPackageBytes = 256L << 20;
        private int maxEntries = 1_000_000;

        private Builder() {}

        /** The trust anchors (and check time) signatures are judged by; without anchors no signature is valid. */
        public Builder trust(TrustPolicy policy) {
            this.trust = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The validator profile that decides {@code formatErrors} (default {@code qcvn102}). */
        public Builder profile(Profile p) {
            this.profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /** Threads that read packages (default: one per processor). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + n);
            }
            this.threads = n;
            return this;
        }

        /** The clock the report's time is read from. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Told after each package. */
        public Builder progress(dev.edxml.Progress listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Packages larger than this are counted as unreadable ({@code EDXML-STC-002}); default 256 MiB. */
        public Builder maxPackageBytes(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxPackageBytes must be positive: " + n);
            }
            this.maxPackageBytes = n;
            return this;
        }

        /** An archive with more entries than this is refused as a whole (default 1,000,000). */
        public Builder maxEntries(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxEntries must be positive: " + n);
            }
            this.maxEntries = n;
            return this;
        }

        /** What {@link #build()} would make now, or why it cannot yet (for jshell, logs and debuggers). */
        @Override
        public String toString() {
            try {
                return "ComplianceStats.Builder{" + build() + "}";
            } catch (RuntimeException e) {
                return "ComplianceStats.Builder{not ready: " + e.getMessage() + "}";
            }
        }

        public ComplianceStats build() {
            return new ComplianceStats(this);
        }
    }
}
