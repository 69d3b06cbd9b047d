package dev.edxml.cli;

import dev.edxml.EdxmlException;
import dev.edxml.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request {@code edxml serve} cannot answer with a report: the HTTP status and an {@code EDXML-SRV-NNN} code whose
 * messages are in the command's texts ({@code texts_vi.properties}, {@code texts_en.properties}). Rendered as
 * {@code {"error": {"code", "message", "messageEn"}}}, the message in the request's language.
 */
final class ServeError extends Exception {
    private static final long serialVersionUID = 1L;

    /** 404: no such endpoint. */
    static final String NOT_FOUND = "EDXML-SRV-001";
    /** 405: the endpoint does not take this method. */
    static final String METHOD = "EDXML-SRV-002";
    /** 415: not a package's content type. */
    static final String CONTENT_TYPE = "EDXML-SRV-003";
    /** 411: neither Content-Length nor chunked. */
    static final String LENGTH_REQUIRED = "EDXML-SRV-004";
    /** 413: larger than --max-request-size. */
    static final String TOO_LARGE = "EDXML-SRV-005";
    /** 400: an empty body. */
    static final String EMPTY = "EDXML-SRV-006";
    /** 400: an unknown query parameter, or a bad value. */
    static final String PARAMETER = "EDXML-SRV-007";
    /** 400: an unknown validation profile. */
    static final String PROFILE = "EDXML-SRV-008";
    /** 400: the body could not be read to its end (the client went away, or was too slow). */
    static final String BODY_READ = "EDXML-SRV-009";
    /** 501: verify or receive asked of a server started without trust anchors. */
    static final String NO_TRUST = "EDXML-SRV-010";
    /** 422: the body is not a package that can be read. */
    static final String UNREADABLE = "EDXML-SRV-011";
    /** 503: the server is stopping. */
    static final String STOPPING = "EDXML-SRV-012";
    /** 500: an internal error (logged; never a stack trace in the answer). */
    static final String INTERNAL = "EDXML-SRV-050";

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final transient EdxmlException detail;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    ServeError(int status, String code, Object... args) {
        this(status, code, null, args);
    }

    ServeError(int status, String code, EdxmlException detail, Object... args) {
        super(code, detail);
        this.status = status;
        this.code = code;
        this.args = args.clone();
        this.detail = detail;
    }

    /** Adds a response header (405's {@code Allow}). */
    ServeError withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The JSON answer, the message in {@code lang} and always in English. */
    String json(Lang lang) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", code);
        e.put("message", lang.t(code, args));
        e.put("messageEn", Lang.EN.t(code, args));
        if (detail != null) {
            // the package's own problem: its code and where it is, as validate and inspect report it
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("code", detail.code());
            d.put("position", detail.position().isEmpty() ? null : detail.position());
            d.put("path", detail.path().orElse(null));
            d.put("message", detail.message(lang.locale()));
            d.put("messageEn", detail.message(java.util.Locale.ENGLISH));
            e.put("detail", d);
        }
        return Json.write(Map.of("error", e));
    }
}
