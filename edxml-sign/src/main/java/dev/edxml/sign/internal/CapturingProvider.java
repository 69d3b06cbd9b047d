package dev.edxml.sign.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.List;

/**
 * A provider whose {@code Signature} hands the bytes to sign to a function (an external signer) instead of a key:
 * JSR-105 computes and canonicalises {@code SignedInfo}, this passes it on, and the value comes back.
 */
public final class CapturingProvider extends Provider {
    private static final long serialVersionUID = 1L;

    /** The function that signs: bytes of the canonical SignedInfo in, JCA signature value out. */
    public interface SignFunction {
        byte[] sign(byte[] data) throws GeneralSecurityException;
    }

    /** The stand-in private key the provider's signature accepts. */
    public static final class ExternalKey implements PrivateKey {
        private static final long serialVersionUID = 1L;
        private final String algorithm;
        private final transient SignFunction function;

        public ExternalKey(String algorithm, SignFunction function) {
            this.algorithm = algorithm;
            this.function = function;
        }

        @Override
        public String getAlgorithm() {
            return algorithm;
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }
    }

    public CapturingProvider(List<String> jcaNames) {
        super("edxml-external", "1", "signs through an external signer");
        for (String name : jcaNames) {
            putService(new Service(this, "Signature", name, CapturingSpi.class.getName(), null, null) {
                @Override
                public Object newInstance(Object parameter) {
                    return new CapturingSpi();
                }
            });
        }
    }

    static final class CapturingSpi extends SignatureSpi {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private SignFunction function;

        @Override
        protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
            throw new InvalidKeyException("an external signer only signs");
        }

        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
            if (!(privateKey instanceof ExternalKey)) {
                throw new InvalidKeyException("not an external key");
            }
            function = ((ExternalKey) privateKey).function;
            data.reset();
        }

        @Override
        protected void engineUpdate(byte b) {
            data.write(b);
        }

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {
            data.write(b, off, len);
        }

        @Override
        protected byte[] engineSign() throws SignatureException {
            try {
                return function.sign(data.toByteArray());
            } catch (GeneralSecurityException e) {
                throw new SignatureException("the external signer failed: " + e.getMessage(), e);
            }
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
            throw new SignatureException("an external signer only signs");
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String param, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void engineSetParameter(java.security.spec.AlgorithmParameterSpec params) {
            // PSS parameters are fixed by the algorithm the external signer was asked to use
        }

        @Override
        @Deprecated
        @SuppressWarnings("InlineMeSuggester") // an SPI method the JDK declares deprecated; nothing to inline into
        protected Object engineGetParameter(String param) {
            return null;
        }
    }
}
