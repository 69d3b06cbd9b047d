package dev.edxml.sign;

import dev.edxml.internal.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory of agencies (danh bạ đơn vị): for each agency code, its name, its tax code and the certificates or keys
 * that may sign for it. It binds a signer to a sender ({@link SenderBinding}) where certificates alone cannot, since
 * they never carry the agency code: the signer (người ký) of a package should be the sending agency (đơn vị gửi),
 * whose code is the {@code OrganId} (mã định danh cơ quan). Immutable.
 *
 * <p>Files ({@link #read(Path)}), told apart by their first character:
 * <ul>
 *   <li>CSV (RFC 4180, UTF-8, a header line): {@code organId,name,taxCode,certificates,keyIds}, the last two lists
 *       separated by {@code ;} or spaces; {@code certificates} are SHA-256 fingerprints of signer certificates,
 *       {@code keyIds} subject key identifiers, both in hex (colons allowed);</li>
 *   <li>JSON: an array of objects with the same keys ({@code certificates} and {@code keyIds} as arrays), or the
 *       national axis' agency list as {@code getAgenciesList} returns it ({@code {"data":[{"code","name",
 *       "oldCode","code102",…}]}}: codes and names only).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class AgencyDirectory {
    /** At most this many bytes are read from a directory file. */
    private static final long MAX_BYTES = 64L << 20;

    /**
     * One agency.
     *
     * @param organId      the agency code (mã định danh), as in {@code From/OrganId}
     * @param aliases      other codes of the same agency (an old code, the QĐ 20 form)
     * @param name         its name
     * @param taxCode      its tax code (mã số thuế), as certificates carry it in {@code UID=MST:…}
     * @param certificates SHA-256 fingerprints (lower-case hex) of the certificates that sign for it
     * @param keyIds       subject key identifiers (lower-case hex) of the keys that sign for it
     * @since 0.1.0
     */
    public record Entry(
            String organId,
            Set<String> aliases,
            Optional<String> name,
            Optional<String> taxCode,
            Set<String> certificates,
            Set<String> keyIds) {
        public Entry {
            Objects.requireNonNull(organId, "organId");
            aliases = Set.copyOf(aliases);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(taxCode, "taxCode");
            certificates = certificates.stream()
                    .map(AgencyDirectory::hex)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            keyIds = keyIds.stream().map(AgencyDirectory::hex).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, Entry> byCertificate = new HashMap<>();
    private final Map<String, Entry> byKeyId = new HashMap<>();

    private AgencyDirectory(List<Entry> rows) {
        this.entries = merged(rows);
        for (Entry e : this.entries) {
            byCode.putIfAbsent(e.organId().toUpperCase(Locale.ROOT), e);
            e.aliases().forEach(a -> byCode.putIfAbsent(a.toUpperCase(Locale.ROOT), e));
            e.certificates().forEach(c -> byCertificate.putIfAbsent(c, e));
            e.keyIds().forEach(k -> byKeyId.putIfAbsent(k, e));
        }
    }

    /**
     * Rows of one agency code (one row per certificate, as a CSV often has) as one entry: codes, certificates and
     * keys together, the first name and tax code given.
     */
    private static List<Entry> merged(List<Entry> rows) {
        Map<String, Entry> byId = new java.util.LinkedHashMap<>();
        for (Entry r : rows) {
            String key = r.organId().toUpperCase(Locale.ROOT);
            Entry e = byId.get(key);
            if (e == null) {
                byId.put(key, r);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            aliases.addAll(r.aliases());
            Set<String> certs = new LinkedHashSet<>(e.certificates());
            certs.addAll(r.certificates());
            Set<String> keys = new LinkedHashSet<>(e.keyIds());
            keys.addAll(r.keyIds());
            byId.put(
                    key,
                    new Entry(
                            e.organId(),
                            aliases,
                            e.name().or(r::name),
                            e.taxCode().or(r::taxCode),
                            certs,
                            keys));
        }
        return List.copyOf(byId.values());
    }

    /** A directory of these entries (rows of the same agency code are merged; the first wins for a certificate). */
    public static AgencyDirectory of(List<Entry> entries) {
        return new AgencyDirectory(entries);
    }

    /**
     * Reads a directory file (CSV or JSON, see the class comment).
     *
     * @throws IOException with the line (CSV) or line:column (JSON) of what cannot be read
     */
    public static AgencyDirectory read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": an agency directory of more than " + (MAX_BYTES >> 20) + " MB");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[") ? json(file, text) : csv(file, text);
    }

    /** The entries, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry for an agency code (or one of its aliases). */
    public Optional<Entry> find(String organId) {
        return Optional.ofNullable(
                organId == null ? null : byCode.get(organId.strip().toUpperCase(Locale.ROOT)));
    }

    /** The entry that lists this certificate (by SHA-256 fingerprint) or its key (by subject key identifier). */
    public Optional<Entry> findSigner(String sha256, Optional<String> keyId) {
        Entry e = byCertificate.get(hex(sha256));
        if (e == null && keyId.isPresent()) {
            e = byKeyId.get(hex(keyId.get()));
        }
        return Optional.ofNullable(e);
    }

    private static String hex(String s) {
        return s.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
    }

    private static AgencyDirectory json(Path file, String text) throws IOException {
        Object root;
        try {
            root = JsonReader.read(text);
        } catch (JsonReader.Malformed e) {
            throw new IOException(file + ":" + e.line() + ":" + e.column() + ": not JSON: " + e.getMessage(), e);
        }
        List<?> items;
        boolean axis = false;
        if (root instanceof Map<?, ?> m && m.get("data") instanceof List<?> data) {
            items = data;
            axis = true;
        } else if (root instanceof List<?> list) {
            items = list;
        } else {
            throw new IOException(file + ": an agency directory is a JSON array, or the axis' {\"data\": [...]}");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> o)) {
                throw new IOException(file + ": entry " + (i + 1) + " is not an object");
            }
            String key = axis ? "code" : "organId";
            int n = i + 1;
            String code = text(o, key).orElseThrow(() -> new IOException(file + ": entry " + n + " has no " + key));
            for (String k : List.of(key, "name", "taxCode", "oldCode", "code102")) {
                if (o.get(k) != null && !(o.get(k) instanceof String)) {
                    throw new IOException(file + ": entry " + n + ": " + k + " is not a string");
                }
            }
            for (String k : List.of("certificates", "keyIds")) {
                Object v = o.get(k);
                if (v != null && !(v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String))) {
                    throw new IOException(file + ": entry " + n + ": " + k + " is not a list of strings");
                }
            }
            Set<String> aliases = new LinkedHashSet<>();
            text(o, "oldCode").ifPresent(aliases::add);
            text(o, "code102").ifPresent(aliases::add);
            out.add(new Entry(
                    code,
                    aliases,
                    text(o, "name"),
                    text(o, "taxCode"),
                    strings(o.get("certificates")),
                    strings(o.get("keyIds"))));
        }
        return new AgencyDirectory(out);
    }

    private static Optional<String> text(Map<?, ?> o, String key) {
        Object v = o.get(key);
        return v == null
                ? Optional.empty()
                : Optional.of(String.valueOf(v).strip()).filter(s -> !s.isEmpty());
    }

    private static Set<String> strings(Object v) {
        Set<String> out = new LinkedHashSet<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    private static AgencyDirectory csv(Path file, String text) throws IOException {
        List<List<String>> rows = parseCsv(file, text);
        if (rows.isEmpty()) {
            return new AgencyDirectory(List.of());
        }
        List<String> header = rows.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int code = header.indexOf("organid");
        if (code < 0) {
            throw new IOException(
                    file + ":1: the header has no organId column (organId,name,taxCode,certificates,keyIds)");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            String id = cell(r, code).orElseThrow(() -> new IOException(file + ": row " + line + " has no organId"));
            out.add(new Entry(
                    id,
                    Set.of(),
                    cell(r, header.indexOf("name")),
                    cell(r, header.indexOf("taxcode")),
                    list(cell(r, header.indexOf("certificates"))),
                    list(cell(r, header.indexOf("keyids")))));
        }
        return new AgencyDirectory(out);
    }

    private static Optional<String> cell(List<String> r, int i) {
        return i < 0 || i >= r.size()
                ? Optional.empty()
                : Optional.of(r.get(i).strip()).filter(s -> !s.isEmpty());
    }

    private static Set<String> list(Optional<String> cell) {
        Set<String> out = new LinkedHashSet<>();
        cell.ifPresent(c -> {
            for (String s : c.split("[;\\s]+", -1)) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        });
        return out;
    }

    /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parseCsv(Path file, String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IOException(file + ":" + line + ": a quoted field is not closed");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    @Override
    public String toString() {
        return "AgencyDirectory[" + entries.size() + " agencies]";
    }
}
