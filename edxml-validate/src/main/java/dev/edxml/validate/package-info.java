/**
 * Format rules for edXML packages (kiểm tra định dạng gói tin): the {@link dev.edxml.validate.Validator} checks a
 * package under a {@link dev.edxml.validate.Profile} and returns a {@link dev.edxml.validate.ValidationReport} of
 * {@link dev.edxml.Finding}s, each with a stable code, a {@link dev.edxml.Location}, the clause it
 * rests on and messages in Vietnamese and English. {@link dev.edxml.validate.Rule} is the SPI for rules of one's own;
 * {@link dev.edxml.validate.ValidationFormat} writes reports as text, JSON, JUnit XML or HTML.
 */
package dev.edxml.validate;
