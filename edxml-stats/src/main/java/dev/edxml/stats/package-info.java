/**
 * Signing-compliance statistics (thống kê tuân thủ ký số): how many documents an agency sent with a valid XML
 * signature, a legacy placeholder or none; whether their PDF attachments are digitally signed originals or scans; how
 * many packages break the format rules; and how fast receivers answer with status packages. Start with
 * {@link dev.edxml.stats.ComplianceStats#builder()}; the result is an immutable {@link dev.edxml.stats.StatsReport}
 * that {@link dev.edxml.stats.StatsFormat} renders as a text table, JSON, CSV or a self-contained HTML page.
 */
package dev.edxml.stats;
