/**
 * TEST ONLY: certificates and keys for edxml-java's own tests, made with BouncyCastle. One kit instead of a factory
 * per test folder: {@link dev.edxml.testkit.TestKeys} (RSA and EC key pairs), {@link dev.edxml.testkit.TestCa} (root
 * and intermediate CAs issuing certificates with chosen key usages, extended key usages, validity and revocation
 * pointers, and CRLs), {@link dev.edxml.testkit.TestFiles} (PEM and PKCS#12 files) and
 * {@link dev.edxml.testkit.LocalTsa} (an RFC 3161 time-stamping authority on 127.0.0.1). Nothing here is published; it
 * depends only on BouncyCastle and the JDK, so every module's tests can use it.
 */
package dev.edxml.testkit;
