/**
 * Plumbing of the conformance suite shared with the {@code edxml} command (command-line adapters, the reference
 * field extraction, scenario file names); exported to the project's own modules only, not an API.
 */
package dev.edxml.conformance.internal;
