package dev.edxml.model;

import java.util.List;
import java.util.Optional;

/**
 * The trace of a document package (thông tin vết xử lý, {@code TraceHeaderList}, QCVN clause 2): the business action
 * and one {@link TraceHeader} per hop. The sender writes the first hop; the axis and receivers append theirs.
 *
 * @param business     nghiệp vụ ({@code Bussiness})
 * @param traceHeaders the hops, in document order
 * @param paper        a {@code Paper} child of the list itself, written by the official SDK's model but never seen filled
 * @param extensions   unknown children and attributes (e.g. {@code id}, {@code version}), kept
 */
public record TraceHeaderList(Optional<Business> business, List<TraceHeader> traceHeaders, Optional<Integer> paper,
                              Extensions extensions) {
    public TraceHeaderList {
        business = Opt.some(business, "business");
        traceHeaders = Opt.list(traceHeaders, "traceHeaders");
        paper = Opt.some(paper, "paper");
        extensions = Opt.ext(extensions);
    }

    public static TraceHeaderList of(Business business, List<TraceHeader> traceHeaders) {
        return new TraceHeaderList(Optional.ofNullable(business), traceHeaders, Optional.empty(), Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TraceHeaderList[");
        Opt.add(sb, "business", business);
        Opt.add(sb, "traceHeaders", traceHeaders);
        Opt.add(sb, "paper", paper);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
