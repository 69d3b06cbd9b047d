package dev.edxml.axis.internal;

import dev.edxml.internal.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local axis's packages on disk, crash-safe: every file is written under {@code tmp/}, forced to disk and moved
 * into place in one step, and a message exists once its record {@code docs/<docId>.json} exists (written after the
 * package, before the answer). On opening, what a killed process left half-done is removed: {@code tmp/}, packages
 * without a record, inbox entries without a message; missing inbox entries of recorded messages are made again.
 *
 * <pre>
 * DIR/packages/&lt;docId&gt;.edxml        the package as stored (with the axis's trace hop)
 * DIR/docs/&lt;docId&gt;.json             the message: sender, type, receivers and their delivery ids
 * DIR/inbox/&lt;system&gt;/&lt;id&gt;.json      one receiver's delivery and its status
 * DIR/tmp/                            uploads in progress
 * </pre>
 */
public final class Store {
    /** A message as accepted. */
    public record Doc(
            String docId,
            String messageType,
            String serviceType,
            String fromSystem,
            String fromOrgan,
            String created,
            String title,
            String notation,
            long size,
            String sha256,
            List<Delivery> deliveries) {}

    /** One receiver's copy of a message; the status fields change under the store's lock. */
    public static final class Delivery {
        public final String docId;
        public final String senderDocId;
        public final String organId;
        public final String systemId;
        volatile String status;
        volatile String statusDesc;
        volatile String updated;

        Delivery(
                String docId,
                String senderDocId,
                String organId,
                String systemId,
                String status,
                String statusDesc,
                String updated) {
            this.docId = docId;
            this.senderDocId = senderDocId;
            this.organId = organId;
            this.systemId = systemId;
            this.status = status;
            this.statusDesc = statusDesc;
            this.updated = updated;
        }

        public String status() {
            return status;
        }

        public String statusDesc() {
            return statusDesc;
        }

        public String updated() {
            return updated;
        }
    }

    private final Path dir;
    private final Path packages;
    private final Path docs;
    private final Path inbox;
    private final Path tmp;
    private final Map<String, Doc> byDocId = new ConcurrentHashMap<>();
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final List<String> recovered = new ArrayList<>();
    private FileChannel lockChannel;
    private java.nio.channels.FileLock lock;

    private Store(Path dir) {
        this.dir = dir;
        this.packages = dir.resolve("packages");
        this.docs = dir.resolve("docs");
        this.inbox = dir.resolve("inbox");
        this.tmp = dir.resolve("tmp");
    }

    /**
     * Opens (creating it when needed) the store in {@code dir} and repairs what an interrupted run left. The folder is
     * locked ({@code DIR/.lock}) until {@link #close()}: a second axis on it would take the first one's uploads in
     * progress for leftovers (EDXML-AXS-502). The operating system releases the lock of a killed process.
     */
    public static Store open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Store s = new Store(dir);
        s.lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            s.lock = s.lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            s.lock = null;
        }
        if (s.lock == null) {
            s.lockChannel.close();
            throw new dev.edxml.axis.AxisException("EDXML-AXS-502", dir.toString());
        }
        try {
            s.recover();
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Releases the folder's lock. */
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock anyway
        }
    }

    /** What recovery removed or made again, one line each (for the log). */
    public List<String> recovered() {
        return List.copyOf(recovered);
    }

    public Path dir() {
        return dir;
    }

    private void recover() throws IOException {
        for (Path p : List.of(packages, docs, inbox, tmp)) {
            Files.createDirectories(p);
        }
        for (Path p : list(tmp)) {
            Files.deleteIfExists(p);
            recovered.add("removed unfinished upload " + p.getFileName());
        }
        for (Path p : list(docs)) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".json")) {
                continue;
            }
            Doc d;
            try {
                d = readDoc(p);
            } catch (IOException | RuntimeException e) {
                recovered.add("unreadable record " + name + ": " + e.getMessage());
                continue;
            }
            if (!Files.isRegularFile(packageFile(d.docId()))) {
                recovered.add("record without package " + name);
                continue;
            }
            byDocId.put(d.docId(), d);
            for (Delivery x : d.deliveries()) {
                deliveries.put(x.docId, x);
            }
        }
        for (Path p : list(packages)) {
            String id = p.getFileName().toString().replaceFirst("\\.edxml$", "");
            if (!byDocId.containsKey(id)) {
                Files.deleteIfExists(p);
                recovered.add("removed package never acknowledged " + p.getFileName());
            }
        }
        for (Path sys : list(inbox)) {
            for (Path p : list(sys)) {
                String id = p.getFileName().toString().replaceFirst("\\.json$", "");
                Delivery x = deliveries.get(id);
                if (x == null || !x.systemId.equals(sys.getFileName().toString())) {
                    Files.deleteIfExists(p);
                    recovered.add("removed inbox entry without message " + p.getFileName());
                    continue;
                }
                try {
                    Map<?, ?> m = (Map<?, ?>) JsonReader.read(Files.readString(p, StandardCharsets.UTF_8));
                    x.status = str(m, "status");
                    x.statusDesc = str(m, "statusDesc");
                    x.updated = str(m, "updated");
                } catch (JsonReader.Malformed | RuntimeException e) {
                    recovered.add("unreadable inbox entry " + p.getFileName() + ", status reset");
                    writeInbox(x);
                }
            }
        }
        for (Delivery x : deliveries.values()) {
            if (!Files.isRegularFile(inboxFile(x))) {
                writeInbox(x);
                recovered.add("inbox entry made again " + x.docId);
            }
        }
    }

    /** A new file under {@code tmp/} for an upload. */
    public Path newTemp(String suffix) {
        return tmp.resolve(UUID.randomUUID() + suffix);
    }

    /** A new random id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public Path packageFile(String senderDocId) {
        return packages.resolve(senderDocId + ".edxml");
    }

    /** A new delivery (not yet stored). */
    public static Delivery delivery(String senderDocId, String organId, String systemId, String now) {
        return new Delivery(newId(), senderDocId, organId, systemId, "pending", "", now);
    }

    /**
     * Stores an accepted message: {@code staged} (a file under {@code tmp/}, already forced) becomes the package, then
     * the record, then each receiver's inbox entry. When this returns the message survives a crash.
     */
    public void commit(Path staged, Doc doc) throws IOException {
        Files.move(staged, packageFile(doc.docId()), StandardCopyOption.ATOMIC_MOVE);
        writeAtomically(docs.resolve(doc.docId() + ".json"), Jsons.compact(docJson(doc)));
        for (Delivery x : doc.deliveries()) {
            writeInbox(x);
        }
        syncDir(packages);
        byDocId.put(doc.docId(), doc);
        for (Delivery x : doc.deliveries()) {
            deliveries.put(x.docId, x);
        }
    }

    public Doc doc(String senderDocId) {
        return byDocId.get(senderDocId);
    }

    public Delivery delivery(String docId) {
        return deliveries.get(docId);
    }

    /** The deliveries to one system, oldest first. */
    public List<Delivery> inbox(String systemId) {
        List<Delivery> out = new ArrayList<>();
        for (Delivery x : deliveries.values()) {
            if (x.systemId.equals(systemId)) {
                out.add(x);
            }
        }
        out.sort((a, b) -> {
            int c = byDocId.get(a.senderDocId)
                    .created()
                    .compareTo(byDocId.get(b.senderDocId).created());
            return c != 0 ? c : a.docId.compareTo(b.docId);
        });
        return out;
    }

    /** The messages one system sent, oldest first. */
    public List<Doc> sentBy(String systemId) {
        List<Doc> out = new ArrayList<>();
        for (Doc d : byDocId.values()) {
            if (d.fromSystem().equals(systemId)) {
                out.add(d);
            }
        }
        out.sort((a, b) -> a.created().compareTo(b.created()));
        return out;
    }

    /** Every message, for tests and the command's summary. */
    public int size() {
        return byDocId.size();
    }

    /** Sets a delivery's status, durably. */
    public synchronized void updateStatus(Delivery x, String status, String desc, String now) throws IOException {
        x.status = status;
        x.statusDesc = desc;
        x.updated = now;
        writeInbox(x);
    }

    private Path inboxFile(Delivery x) {
        return inbox.resolve(x.systemId).resolve(x.docId + ".json");
    }

    private void writeInbox(Delivery x) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docId", x.docId);
        m.put("status", x.status);
        m.put("statusDesc", x.statusDesc);
        m.put("updated", x.updated);
        Path f = inboxFile(x);
        Files.createDirectories(f.getParent());
        writeAtomically(f, Jsons.compact(m));
    }

    private void writeAtomically(Path target, String text) throws IOException {
        Path t = newTemp(".json");
        try (FileChannel ch = FileChannel.open(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(t, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forces a staged file to disk (before it is moved into place). */
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** A stream writing a new file under {@code tmp/}. */
    public OutputStream create(Path tempFile) throws IOException {
        return Files.newOutputStream(tempFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static void syncDir(Path d) {
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can force a directory; the moves are atomic either way
        }
    }

    private static Map<String, Object> docJson(Doc d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docId", d.docId());
        m.put("messageType", d.messageType());
        m.put("serviceType", d.serviceType());
        m.put("fromSystem", d.fromSystem());
        m.put("fromOrgan", d.fromOrgan());
        m.put("created", d.created());
        m.put("title", d.title());
        m.put("notation", d.notation());
        m.put("size", d.size());
        m.put("sha256", d.sha256());
        List<Object> list = new ArrayList<>();
        for (Delivery x : d.deliveries()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("docId", x.docId);
            dm.put("organId", x.organId);
            dm.put("systemId", x.systemId);
            list.add(dm);
        }
        m.put("deliveries", list);
        return m;
    }

    private static Doc readDoc(Path p) throws IOException {
        Map<?, ?> m;
        try {
            m = (Map<?, ?>) JsonReader.read(Files.readString(p, StandardCharsets.UTF_8));
        } catch (JsonReader.Malformed e) {
            throw new IOException(e.getMessage());
        }
        String docId = str(m, "docId");
        String created = str(m, "created");
        List<Delivery> ds = new ArrayList<>();
        for (Object o : (List<?>) m.get("deliveries")) {
            Map<?, ?> dm = (Map<?, ?>) o;
            ds.add(new Delivery(
                    str(dm, "docId"), docId, str(dm, "organId"), str(dm, "systemId"), "pending", "", created));
        }
        return new Doc(
                docId,
                str(m, "messageType"),
                str(m, "serviceType"),
                str(m, "fromSystem"),
                str(m, "fromOrgan"),
                created,
                str(m, "title"),
                str(m, "notation"),
                ((java.math.BigDecimal) m.get("size")).longValue(),
                str(m, "sha256"),
                List.copyOf(ds));
    }

    private static String str(Map<?, ?> m, String k) {
        Object v = m.get(k);
        return v == null ? "" : v.toString();
    }

    private static List<Path> list(Path d) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(d)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }
}
