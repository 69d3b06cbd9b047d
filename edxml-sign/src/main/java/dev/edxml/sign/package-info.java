/**
 * Digital signatures of edXML packages (chữ ký số gói tin): a W3C XML-DSig enveloped signature over the whole
 * package, made by {@link dev.edxml.sign.Signer} with a {@link dev.edxml.sign.SigningKey} (PKCS#12, KeyStore,
 * PKCS#11 token) or an {@link dev.edxml.sign.ExternalSigner}, and checked by {@link dev.edxml.sign.Verifier} against
 * a {@link dev.edxml.sign.TrustPolicy}.
 *
 * <p>{@link dev.edxml.sign.Verifier#verify} returns a {@link dev.edxml.sign.SignatureReport} only for a valid
 * signature and throws {@link dev.edxml.sign.SignatureVerificationException} otherwise. The placeholder block of the
 * official SDK is recognised and reported as not a signature.
 */
package dev.edxml.sign;
