package dev.edxml.validate.rules;

import dev.edxml.validate.Rule;

import java.util.List;

/** Rules of area STA: status packages. */
final class StatusRules {
    private StatusRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
