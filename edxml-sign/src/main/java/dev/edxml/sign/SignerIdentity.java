package dev.edxml.sign;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who a certificate names, read the way Vietnamese certificates are written: the subject in Vietnamese, the
 * organisation, and the tax code ({@code MST}) or personal ID numbers ({@code CMND}, {@code CCCD}, {@code HC}) that CAs
 * put in the {@code UID} attribute or in the common name.
 *
 * @since 0.1.0
 */
public record SignerIdentity(
        String subject,
        Optional<String> commonName,
        Optional<String> organization,
        Optional<String> organizationalUnit,
        Optional<String> locality,
        Optional<String> country,
        List<String> taxCodes,
        List<String> personalIds,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter) {
    private static final Pattern MST = Pattern.compile("(?i)\\bMST\\s*[:=]\\s*([0-9][0-9-]{9,13})");
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(CMND|CCCD|HC|CMT)\\s*[:=]\\s*([0-9A-Z]{6,14})");

    public SignerIdentity {
        taxCodes = List.copyOf(taxCodes);
        personalIds = List.copyOf(personalIds);
    }

    /** The identity a certificate states. */
    public static SignerIdentity of(X509Certificate cert) {
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
        List<String> tax = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (RDN rdn : subject.getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                String v = text(tv.getValue());
                Matcher m = MST.matcher(v);
                while (m.find()) {
                    tax.add(m.group(1));
                }
                Matcher p = PERSONAL.matcher(v);
                while (p.find()) {
                    ids.add(p.group(1).toUpperCase(Locale.ROOT) + ":" + p.group(2));
                }
            }
        }
        return new SignerIdentity(
                BCStyle.INSTANCE.toString(subject),
                first(subject, BCStyle.CN),
                first(subject, BCStyle.O),
                first(subject, BCStyle.OU),
                first(subject, BCStyle.L),
                first(subject, BCStyle.C),
                tax,
                ids,
                BCStyle.INSTANCE.toString(issuer),
                toHex(cert.getSerialNumber()),
                cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant());
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0
                ? Optional.empty()
                : Optional.of(text(rdns[0].getFirst().getValue()));
    }

    private static String text(org.bouncycastle.asn1.ASN1Encodable value) {
        return value instanceof org.bouncycastle.asn1.ASN1String
                ? ((org.bouncycastle.asn1.ASN1String) value).getString()
                : IETFUtils.valueToString(value);
    }

    private static String toHex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    /** The name to show: common name, then organisation. */
    public String displayName() {
        return commonName.orElse(organization.orElse(subject));
    }

    /** A line in Vietnamese ({@code vi}) or English: name, organisation, tax and ID numbers, issuer. */
    public String describe(java.util.Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        return displayName()
                + organization
                        .filter(o -> !o.equals(displayName()))
                        .map(o -> " (" + o + ")")
                        .orElse("")
                + (taxCodes.isEmpty() ? "" : ", MST " + String.join(", ", taxCodes))
                + (personalIds.isEmpty() ? "" : ", " + String.join(", ", personalIds))
                + (vi ? "; cấp bởi " : "; issued by ")
                + issuer;
    }

    @Override
    public String toString() {
        return displayName()
                + organization
                        .filter(o -> !o.equals(displayName()))
                        .map(o -> " (" + o + ")")
                        .orElse("")
                + (taxCodes.isEmpty() ? "" : ", MST " + String.join(", ", taxCodes))
                + (personalIds.isEmpty() ? "" : ", " + String.join(", ", personalIds))
                + "; issued by " + issuer;
    }
}
