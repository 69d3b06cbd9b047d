package dev.edxml.validate;

import java.util.Locale;

/**
 * A received package was rejected ({@link ReceivedPackage#requireAccepted()}); the result says why.
 *
 * @since 0.1.0
 */
public final class RejectedPackageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ReceivedPackage received;

    RejectedPackageException(ReceivedPackage received) {
        super(received.describe(Locale.ENGLISH));
        this.received = received;
    }

    /** The whole result: the signature, attachment and format reports and every reason. */
    public ReceivedPackage received() {
        return received;
    }
}
