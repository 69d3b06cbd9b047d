package dev.edxml.cli;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentCategory;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.TraceHeader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code edxml new edoc} is asked to build, from options or a JSON description: one field per option, the JSON
 * keys being the option names in camelCase ({@code --signer-name} is {@code signerName}). Fields are kept as the user
 * wrote them and checked when the package is built, so that every message can name the option.
 */
final class EdocDescription {
    /** A value the user gave cannot be used: the text key and its arguments, rendered in the command's language. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Bad(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    String from;
    String fromName;
    List<String> to;
    String number;
    String notation;
    String date;
    String place;
    String type;
    String subject;
    String signerPosition;
    String signerName;
    String competence;
    String due;
    String priority;
    /** Attachment files, already resolved (JSON paths against the description's folder). */
    List<Path> attach;

    /** The description in a JSON object; relative attachment paths are resolved against {@code base}. */
    static EdocDescription fromJson(Object json, Path base) throws Bad {
        if (!(json instanceof Map<?, ?> map)) {
            throw new Bad("new.jsonNotObject");
        }
        EdocDescription d = new EdocDescription();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = (String) e.getKey();
            Object v = e.getValue();
            switch (key) {
                case "from" -> d.from = text(key, v);
                case "fromName" -> d.fromName = text(key, v);
                case "to" -> {
                    d.to = new ArrayList<>();
                    for (Object item : list(key, v)) {
                        if (item instanceof Map<?, ?> org) {
                            d.to.add(receiver(org));
                        } else {
                            d.to.add(text(key, item));
                        }
                    }
                }
                case "number" -> d.number = text(key, v);
                case "notation" -> d.notation = text(key, v);
                case "date" -> d.date = text(key, v);
                case "place" -> d.place = text(key, v);
                case "type" -> d.type = text(key, v);
                case "subject" -> d.subject = text(key, v);
                case "signerPosition" -> d.signerPosition = text(key, v);
                case "signerName" -> d.signerName = text(key, v);
                case "competence" -> d.competence = text(key, v);
                case "due" -> d.due = text(key, v);
                case "priority" -> d.priority = text(key, v);
                case "attach" -> {
                    d.attach = new ArrayList<>();
                    for (Object item : list(key, v)) {
                        d.attach.add(base.resolve(text(key, item)));
                    }
                }
                default -> throw new Bad("new.jsonUnknownKey", key, String.join(", ", ordered()));
            }
        }
        return d;
    }

    /** This description with every field that {@code cli} sets taken from {@code cli} (lists replaced whole). */
    EdocDescription overriddenBy(EdocDescription cli) {
        EdocDescription d = new EdocDescription();
        d.from = pick(cli.from, from);
        d.fromName = pick(cli.fromName, fromName);
        d.to = cli.to != null && !cli.to.isEmpty() ? cli.to : to;
        d.number = pick(cli.number, number);
        d.notation = pick(cli.notation, notation);
        d.date = pick(cli.date, date);
        d.place = pick(cli.place, place);
        d.type = pick(cli.type, type);
        d.subject = pick(cli.subject, subject);
        d.signerPosition = pick(cli.signerPosition, signerPosition);
        d.signerName = pick(cli.signerName, signerName);
        d.competence = pick(cli.competence, competence);
        d.due = pick(cli.due, due);
        d.priority = pick(cli.priority, priority);
        d.attach = cli.attach != null && !cli.attach.isEmpty() ? cli.attach : attach;
        return d;
    }

    /** The options of the required fields that are missing or blank. */
    List<String> missing() {
        List<String> m = new ArrayList<>();
        check(m, from, "--from");
        check(m, fromName, "--from-name");
        if (to == null || to.isEmpty()) {
            m.add("--to");
        }
        check(m, number, "--number");
        check(m, notation, "--notation");
        check(m, date, "--date");
        check(m, subject, "--subject");
        // DocumentType is mandatory in the regulation (1.5): a package without it would be written with an error
        check(m, type, "--type");
        return m;
    }

    /** The document package: conventional DocumentId, business NEW and the sender's trace hop at {@code now}. */
    EdocPackage build(Instant now) throws Bad, IOException {
        LocalDate promulgation = date("--date", date);
        MessageHeader.Builder h = MessageHeader.builder()
                .from(Organization.of(from.strip(), fromName.strip()))
                .code(number.strip(), notation.strip())
                .promulgation(blankToNull(place), promulgation)
                .subject(subject);
        for (String r : to) {
            int eq = r.indexOf('=');
            String id = (eq < 0 ? r : r.substring(0, eq)).strip();
            if (id.isEmpty()) {
                throw new Bad("new.badTo", r);
            }
            h.addTo(Organization.of(id, eq < 0 ? null : blankToNull(r.substring(eq + 1))));
        }
        if (type != null && !type.isBlank()) {
            h.documentType(documentType(type.strip()));
        }
        if (!isBlank(signerPosition) || !isBlank(signerName) || !isBlank(competence)) {
            h.signerInfo(SignerInfo.of(blankToNull(competence), blankToNull(signerPosition), blankToNull(signerName)));
        }
        if (!isBlank(due)) {
            h.dueDate(date("--due", due));
        }
        if (!isBlank(priority)) {
            Priority p = Priority.of(priority.strip());
            if (!p.isKnown()) {
                throw new Bad("new.badPriority", priority);
            }
            h.otherInfo(OtherInfo.builder().priority(p).build());
        }
        MessageHeader header = h.conventionalDocumentId().build();
        Business business = Business.builder()
                .type(BusinessDocType.NEW)
                .documentId(header.documentId().get())
                .paper(0)
                .build();
        EdocPackage.Builder pkg =
                Edxml.edoc().header(header).business(business).traceHeaders(List.of(TraceHeader.of(from.strip(), now)));
        if (attach != null) {
            for (Path file : attach) {
                pkg.addAttachment(Attachment.of(file));
            }
        }
        return pkg.build();
    }

    /** {@code 18} (an administrative type), {@code 1/9} (category/detail), or a catalogue name such as {@code Công văn}. */
    static DocumentType documentType(String value) throws Bad {
        try {
            int slash = value.indexOf('/');
            if (slash < 0 && value.chars().allMatch(Character::isDigit)) {
                return DocumentType.find(DocumentCategory.ADMINISTRATIVE, Integer.parseInt(value))
                        .orElseThrow(() -> new Bad("new.badType", value));
            }
            if (slash > 0
                    && value.substring(0, slash).chars().allMatch(Character::isDigit)
                    && !value.substring(slash + 1).isEmpty()
                    && value.substring(slash + 1).chars().allMatch(Character::isDigit)) {
                return DocumentType.find(
                                DocumentCategory.of(value.substring(0, slash)),
                                Integer.parseInt(value.substring(slash + 1)))
                        .orElseThrow(() -> new Bad("new.badType", value));
            }
        } catch (NumberFormatException e) {
            throw new Bad("new.badType", value);
        }
        List<DocumentType> byName = DocumentType.findByName(value);
        // a name used in both categories (Chỉ thị, Nghị quyết…) means the administrative one unless written 1/N
        return byName.stream()
                .filter(t -> t.category().orElseThrow().equals(DocumentCategory.ADMINISTRATIVE))
                .findFirst()
                .or(() -> byName.stream().findFirst())
                .orElseThrow(() -> new Bad("new.badType", value));
    }

    private static LocalDate date(String option, String value) throws Bad {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Bad("new.badDate", option, value);
        }
    }

    private static String receiver(Map<?, ?> org) throws Bad {
        Map<Object, Object> rest = new LinkedHashMap<>(org);
        Object id = rest.remove("organId");
        Object name = rest.remove("name");
        if (!rest.isEmpty()) {
            throw new Bad("new.jsonUnknownKey", "to." + rest.keySet().iterator().next(), "organId, name");
        }
        String organId = text("to.organId", id);
        String n = text("to.name", name);
        if (organId == null || organId.isBlank()) {
            throw new Bad("new.badTo", org.toString());
        }
        return n == null ? organId : organId + "=" + n;
    }

    private static String text(String key, Object v) throws Bad {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof BigDecimal n) {
            return n.toPlainString();
        }
        throw new Bad("new.jsonNotText", key);
    }

    private static List<?> list(String key, Object v) throws Bad {
        if (v instanceof List<?> l) {
            return l;
        }
        throw new Bad("new.jsonNotList", key);
    }

    private static List<String> ordered() {
        return List.of(
                "from",
                "fromName",
                "to",
                "number",
                "notation",
                "date",
                "place",
                "type",
                "subject",
                "signerPosition",
                "signerName",
                "competence",
                "due",
                "priority",
                "attach");
    }

    private static String pick(String cli, String json) {
        return cli != null ? cli : json;
    }

    private static void check(List<String> m, String v, String option) {
        if (isBlank(v)) {
            m.add(option);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
