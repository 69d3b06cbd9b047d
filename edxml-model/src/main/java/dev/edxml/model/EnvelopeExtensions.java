package dev.edxml.model;

/**
 * Unknown content around the modelled parts of a package, by where it stood: on the root {@code edXML} element, in
 * {@code edXMLEnvelope}, in {@code edXMLHeader} and in {@code edXMLBody}.
 */
public record EnvelopeExtensions(Extensions root, Extensions envelope, Extensions header, Extensions body) {
    /** No unknown content anywhere. */
    public static final EnvelopeExtensions NONE =
            new EnvelopeExtensions(Extensions.NONE, Extensions.NONE, Extensions.NONE, Extensions.NONE);

    public EnvelopeExtensions {
        root = Opt.ext(root);
        envelope = Opt.ext(envelope);
        header = Opt.ext(header);
        body = Opt.ext(body);
    }

    public boolean isEmpty() {
        return root.isEmpty() && envelope.isEmpty() && header.isEmpty() && body.isEmpty();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder("EnvelopeExtensions[");
        Opt.add(sb, root);
        Opt.add(sb, envelope);
        Opt.add(sb, header);
        Opt.add(sb, body);
        return sb.append(']').toString();
    }
}
