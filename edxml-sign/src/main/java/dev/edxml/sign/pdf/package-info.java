/**
 * Digital signatures of PDF attachments (chữ ký số trên tệp PDF đính kèm): checking them with
 * {@link dev.edxml.sign.pdf.PdfVerifier#inspect}, and signing with {@link dev.edxml.sign.pdf.PdfSigner}
 * (PAdES baseline B-B, optional visible stamp in Vietnamese). PDFBox and BouncyCastle do the work; none of their
 * types appear in this package's API.
 *
 * <h2>What is checked for each signature</h2>
 * <ul>
 *   <li>the byte range: it starts at byte 0 and leaves out exactly one hexadecimal string, which is this signature's
 *       {@code /Contents}; the value verified is read from that hole, not from the parsed dictionary;</li>
 *   <li>the CMS signature value over the signed attributes, with the signer's certificate, and separately the
 *       message-digest attribute against the digest of the signed bytes ("the signature is broken" and "the document
 *       changed after signing" are different findings);</li>
 *   <li>SHA-1 (refused unless the trust policy allows legacy SHA-1), the ESS signing-certificate(-v2) attribute
 *       against the certificate (a mismatch suggests a swapped certificate; its absence in a PAdES signature is a
 *       warning);</li>
 *   <li>the certificate through {@link dev.edxml.sign.TrustPolicy#check}: path to a trust anchor, validity at the
 *       policy's check time, key usage, revocation as far as the policy allows (those problems keep their
 *       {@code EDXML-SIG} codes);</li>
 *   <li>document timestamps ({@code ETSI.RFC3161}): the token's message imprint against the signed bytes, its
 *       signature, and the time-stamping authority's certificate through the same policy;</li>
 *   <li>signature timestamps (PAdES B-T): the token over the signature value, its signature, the authority's
 *       certificate; a valid one proves the time, and the signer's certificate is checked at that time;</li>
 *   <li>the byte range ends with its revision ({@code %%EOF}), so the revision's xref and trailer are signed.</li>
 * </ul>
 * The signing time in {@code /M} and in a CMS signing-time attribute is what the signer's computer claimed, not a
 * trusted time. A baseline B signature carries no trusted time, so the certificate is checked at the policy's time
 * (now by default): a certificate that has expired since makes the signature invalid unless the policy is set to an
 * earlier time.
 *
 * <h2>What follows a signature</h2>
 * A viewer shows the latest revision of a PDF. For every signature that does not reach the end of the file, the
 * revision it covers is loaded on its own and compared with the whole file object by object
 * ({@link dev.edxml.sign.pdf.PdfChange}). Changed objects are judged by a small allow-list: the catalog may gain
 * {@code /DSS} and {@code /Extensions}; the form may gain signature fields, {@code /SigFlags}, {@code /DR} and
 * {@code /DA}; pages may gain signature widgets; metadata ({@code /Info}, XMP) may change. Everything else — page
 * content, resources, removed objects, a visible unsigned signature widget with an appearance, a changed earlier
 * signature — counts as a change of what is shown; form fill and annotations are kinds of their own, which a
 * certification signature (DocMDP P=2, P=3) may permit. New objects matter through changed objects that refer to
 * them, and through the signed revision itself: an object it refers to but does not define must not be defined later
 * (a "dangling hook"). A change a certification signature's DocMDP level or a FieldMDP lock does not permit makes
 * that signature invalid. Limits: the comparison trusts PDFBox's reading of both revisions (a file PDFBox has to
 * repair is reported as damaged separately, {@code EDXML-PDF-025}); a change that a viewer would show only through
 * JavaScript, optional content or fonts it substitutes is not modelled; later signatures' widgets count as stamps
 * even when large.
 *
 * <h2>Decree 30/2020</h2>
 * {@link dev.edxml.sign.pdf.Decree30} turns the reports of a document's PDFs into the decree's findings (a personal
 * then an organisation signature on the main document, the organisation's on separately attached files, nothing
 * after the last signature beyond DocMDP), telling person from organisation with the heuristic
 * {@link dev.edxml.sign.pdf.SignerRole}.
 *
 * <h2>Scanned PDFs</h2>
 * An unsigned PDF whose first 50 pages hold fewer than
 * 20 extractable characters per page on average, and at
 * least half of whose pages carry an image XObject, "looks scanned". Text drawn as curves, inline images, and scans
 * with an OCR text layer are not recognised; a photo album would be flagged.
 *
 * <h2>Resources</h2>
 * A PDF read from a stream is kept in memory up to 4 MiB and in a temporary file beyond; a file is read in place.
 * PDFBox keeps up to 16 MiB of decoded streams in memory and the rest in temporary files. Text extraction for the
 * scan heuristic is bounded by the page limit above, not by time.
 */
package dev.edxml.sign.pdf;
