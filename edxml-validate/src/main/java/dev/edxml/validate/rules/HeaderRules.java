package dev.edxml.validate.rules;

import dev.edxml.validate.Rule;

import java.util.List;

/** Rules of area HDR: header metadata: organisations, code, dates, type, code lists, lengths, text quality. */
final class HeaderRules {
    private HeaderRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
