/**
 * Immutable values for the content of edXML packages: the document package (gói tin văn bản điện tử,
 * {@link dev.edxml.model.EdocPackage}) and the status package (gói tin trạng thái,
 * {@link dev.edxml.model.StatusPackage}), their headers, trace, attachments and code lists.
 *
 * <p>Every element of the regulation is optional here, so that a package read is kept as it is; the validator says
 * what is missing. Code lists ({@link dev.edxml.model.StatusCode}, {@link dev.edxml.model.Priority}…) are open:
 * unknown codes are kept. Wire spellings of the regulation ({@code Bussiness}) stay in the XML layer; the values
 * spell words correctly.
 */
package dev.edxml.model;
