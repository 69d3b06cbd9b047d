package dev.edxml.cli;

import dev.edxml.validate.ReceivedPackage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON object of the one-stop receiver's answer ({@link dev.edxml.validate.PackageReceiver}): the verdict
 * ({@code accept}, {@code accept-with-warnings}, {@code reject}), the SHA-256 of the bytes checked, and each reason
 * with its code, whether it rejects, what it is about, and its message in the chosen language and in English.
 */
final class ReceivedJson {
    private ReceivedJson() {}

    static Map<String, Object> json(String file, ReceivedPackage r, Lang lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        o.put("verdict", VerifyReports.token(r.verdict()));
        o.put("accepted", r.isAccepted());
        o.put("sha256", r.sha256());
        o.put("kind", r.pkg().kind());
        o.put("signatureVerdict", VerifyReports.token(r.signature().verdict()));
        o.put("formatValid", r.validation().isValid());
        o.put(
                "reasons",
                r.reasons().stream()
                        .map(reason -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("code", reason.code());
                            m.put("rejects", reason.rejects());
                            m.put("where", reason.where());
                            m.put("message", reason.message(lang.locale()));
                            m.put("messageEn", reason.messageEn());
                            return m;
                        })
                        .toList());
        return o;
    }
}
