/**
 * The front door for edXML packages (gói tin edXML, QCVN 102:2016/BTTTT): {@link dev.edxml.Edxml} reads, parses,
 * writes and builds them; {@link dev.edxml.EdxmlReader} and {@link dev.edxml.EdxmlWriter} are the configurable
 * reader and writer; {@link dev.edxml.EdxmlException} is the one exception with a stable code, a location and
 * messages in Vietnamese and English.
 *
 * <pre>{@code
 * EdxmlPackage pkg = Edxml.read(Path.of("in.edxml"));
 * if (pkg instanceof EdocPackage edoc) { ... }
 * }</pre>
 */
package dev.edxml;
