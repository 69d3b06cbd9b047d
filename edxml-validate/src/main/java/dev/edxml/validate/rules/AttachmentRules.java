package dev.edxml.validate.rules;

import dev.edxml.validate.Rule;

import java.util.List;

/** Rules of area ATT: body manifest and attachments. */
final class AttachmentRules {
    private AttachmentRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
