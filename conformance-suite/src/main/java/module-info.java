/** The conformance suite: test vectors, runner, adapters and reports for edXML implementations. */
module dev.edxml.conformance {
    requires transitive dev.edxml.model;

    // exports dev.edxml.conformance (its only API package) once the conformance issue (#5) adds it
}
