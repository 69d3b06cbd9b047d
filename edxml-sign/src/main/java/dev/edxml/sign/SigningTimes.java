package dev.edxml.sign;

import dev.edxml.sign.internal.Dsig;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.xml.crypto.dsig.Reference;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The signing time a signature states in a {@code SignatureProperty}, taken only when a reference covers it. */
final class SigningTimes {
    private SigningTimes() {}

    static Instant find(Element sig, List<?> refs) {
        NodeList props = sig.getElementsByTagNameNS(Dsig.NS, "SignatureProperty");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            String id = p.getAttribute("Id");
            boolean covered = !id.isEmpty() && refs.stream().anyMatch(r -> ("#" + id).equals(((Reference) r).getURI()));
            NodeList times = p.getElementsByTagNameNS("*", "SigningTime");
            if (covered && times.getLength() > 0) {
                try {
                    return OffsetDateTime.parse(times.item(0).getTextContent().strip())
                            .toInstant();
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
