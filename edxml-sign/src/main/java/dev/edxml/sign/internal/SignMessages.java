package dev.edxml.sign.internal;

import dev.edxml.internal.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Vietnamese and English texts of this module's codes ({@code EDXML-SIG-*}, {@code EDXML-PDF-*}). */
public final class SignMessages {
    private static final Messages BUNDLE = new Messages(SignMessages.class::getResourceAsStream, "/dev/edxml/sign/messages");

    private SignMessages() {
    }

    public static String text(String code, List<String> args, Locale locale) {
        return BUNDLE.text(code, args, locale);
    }

    public static Set<String> codes(String language) {
        return BUNDLE.keys(language);
    }
}
