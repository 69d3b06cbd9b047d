package dev.edxml.validate;

/** How serious a finding is. */
public enum Severity {
    /** The package breaks the regulation (or what the axis needs): it should not be sent or accepted as it is. */
    ERROR,
    /** Something is wrong or unusual, but peers are known to cope. */
    WARNING,
    /** Worth knowing. */
    INFO
}
