package dev.edxml.sign;

import dev.edxml.sign.internal.SignMessages;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;

/**
 * A signing key could not be loaded (wrong password or PIN, no such entry, an unusable store or token), or its
 * certificate is unfit to sign and a signer refused it before signing ({@code EDXML-SIG-107}…{@code 109}).
 *
 * @since 0.1.0
 */
public class KeyAccessException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> args;

    public KeyAccessException(String code, Throwable cause, String... args) {
        super(code, cause);
        this.code = code;
        this.args = List.of(args);
    }

    /** The stable code, {@code EDXML-SIG-1xx}. */
    public String code() {
        return code;
    }

    public String message(Locale locale) {
        return SignMessages.text(code, args, locale);
    }

    @Override
    public String getMessage() {
        return code + ": " + message(Locale.ENGLISH);
    }
}
