package dev.edxml.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.edxml.Severity;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Shapes of legitimate real traffic that the rules must not treat as mistakes (or only as what they are). */
class RealTrafficTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private static ValidationReport validate(Profile p, String header) {
        String xml = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader>" + header
                + "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";
        return Validator.of(p).validate(xml.getBytes(StandardCharsets.UTF_8), "real.edxml");
    }

    @Test
    void aRecallRequestAddressesTheRecipientNotTheIssuer() {
        // status 13 is sent by the original sender; ResponseFor/OrganId names the recipient (spec §7.1)
        String header = "<From><OrganId>000.00.00.G22</OrganId><OrganName>Văn phòng Chính phủ</OrganName></From>"
                + "<ResponseFor><OrganId>000.00.00.H41</OrganId><Code>7816/VPCP-TTĐT</Code>"
                + "<DocumentId>000.00.00.G22,2015/09/30,7816/VPCP-TTĐT</DocumentId></ResponseFor>"
                + "<StatusCode>13</StatusCode><Description>Yêu cầu lấy lại do sai sót</Description>"
                + "<Timestamp>2015/10/01 08:00:00</Timestamp>";
        assertFalse(validate(Profile.QCVN102, header).has("EDXML-HDR-032"));
        // the same mismatch in an acceptance (03) is a real inconsistency
        assertEquals(
                true,
                validate(Profile.QCVN102, header.replace("<StatusCode>13", "<StatusCode>03"))
                        .has("EDXML-HDR-032"));
    }

    @Test
    void aTypeTheAxisRelaysIsOnlyAWarningOnTheAxisProfile() {
        String header = "<DocumentType><Type>71</Type><TypeName>Công văn</TypeName></DocumentType>";
        assertEquals(Severity.ERROR, severity(validate(Profile.QCVN102, header), "EDXML-HDR-022"));
        assertEquals(Severity.WARNING, severity(validate(Profile.AXIS, header), "EDXML-HDR-022"));
    }

    private static Severity severity(ValidationReport r, String code) {
        return r.findings().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow()
                .severity();
    }
}
