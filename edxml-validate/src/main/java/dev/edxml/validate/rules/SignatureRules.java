package dev.edxml.validate.rules;

import dev.edxml.validate.Rule;

import java.util.List;

/** Rules of area SIG: the signature situation. */
final class SignatureRules {
    private SignatureRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
