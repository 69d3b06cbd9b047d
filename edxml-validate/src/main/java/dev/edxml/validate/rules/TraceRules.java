package dev.edxml.validate.rules;

import dev.edxml.validate.Rule;

import java.util.List;

/** Rules of area TRC: trace and business: TraceHeaderList, TraceHeader, Bussiness. */
final class TraceRules {
    private TraceRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
