/**
 * Signing-compliance statistics (thống kê tuân thủ ký số) over folders and archives of edXML packages: the
 * {@link dev.edxml.stats.ComplianceStats} scanner and its {@link dev.edxml.stats.StatsReport}.
 */
module dev.edxml.stats {
    requires transitive dev.edxml.model;
    requires transitive dev.edxml.sign;
    requires transitive dev.edxml.validate;

    exports dev.edxml.stats;
}
