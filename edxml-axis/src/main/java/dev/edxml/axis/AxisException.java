package dev.edxml.axis;

import dev.edxml.internal.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to the axis failed, or the local axis refused a request. Each failure has a stable code
 * ({@code EDXML-AXS-<NNN>}, listed in the module README) and a message in Vietnamese and English; when the axis
 * answered with an error, {@link #axisErrorCode()} and {@link #axisErrorDesc()} carry its own {@code ErrorCode} and
 * {@code ErrorDesc} unchanged.
 *
 * @since 0.1.0
 */
public class AxisException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final Messages MESSAGES =
            new Messages(AxisException.class::getResourceAsStream, "/dev/edxml/axis/messages");

    private final String code;
    private final List<String> args;
    private final String axisErrorCode;
    private final String axisErrorDesc;
    private final int httpStatus;

    /** A failure with its code and the values of its message's placeholders. */
    public AxisException(String code, String... args) {
        this(code, List.of(args), null, null, -1, null);
    }

    /**
     * @param code          the stable code
     * @param args          values for the message's placeholders
     * @param axisErrorCode the axis's {@code ErrorCode}, or {@code null}
     * @param axisErrorDesc the axis's {@code ErrorDesc}, or {@code null}
     * @param httpStatus    the HTTP status of the answer, or -1
     * @param cause         the underlying failure, or {@code null}
     */
    public AxisException(
            String code,
            List<String> args,
            String axisErrorCode,
            String axisErrorDesc,
            int httpStatus,
            Throwable cause) {
        super(null, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.args = args.stream().map(String::valueOf).toList();
        this.axisErrorCode = axisErrorCode;
        this.axisErrorDesc = axisErrorDesc;
        this.httpStatus = httpStatus;
    }

    /** The stable code, e.g. {@code EDXML-AXS-104}. */
    public String code() {
        return code;
    }

    /** The values of the message's placeholders. */
    public List<String> args() {
        return args;
    }

    /** The axis's own {@code ErrorCode}, when it answered with one. */
    public Optional<String> axisErrorCode() {
        return Optional.ofNullable(axisErrorCode);
    }

    /** The axis's own {@code ErrorDesc}, when it answered with one. */
    public Optional<String> axisErrorDesc() {
        return Optional.ofNullable(axisErrorDesc);
    }

    /** The HTTP status of the axis's answer, when there was one. */
    public Optional<Integer> httpStatus() {
        return httpStatus > 0 ? Optional.of(httpStatus) : Optional.empty();
    }

    /**
     * Whether the axis examined the request and refused the package itself (a bad hash, an unknown receiver, a
     * validation or signature failure), as opposed to a failure to reach it or to authenticate.
     */
    public boolean packageRefused() {
        String c = axisErrorCode != null && axisErrorCode.startsWith("EDXML-AXS-") ? axisErrorCode : code;
        return c.startsWith("EDXML-AXS-2");
    }

    /** The message alone, in Vietnamese ({@code vi}) or English (any other language). */
    public String message(Locale locale) {
        return MESSAGES.text(code, args, locale);
    }

    /** Code and message in the given language. */
    public String describe(Locale locale) {
        return code + ": " + message(locale);
    }

    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }

    /** The codes of one language's bundle, for the test that keeps both in sync. */
    static java.util.Set<String> codes(String language) {
        return MESSAGES.keys(language);
    }
}
