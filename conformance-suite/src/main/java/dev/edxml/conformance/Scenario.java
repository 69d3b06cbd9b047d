package dev.edxml.conformance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One producer scenario as issued for a run (kịch bản sinh gói tin): what the vendor's software must make, with the
 * one-time challenge value the package must carry.
 *
 * @param id                the producer case's id ({@code C-PRD-NNN})
 * @param kind              {@code edoc} (make a document package from {@code description}) or {@code status}
 *                          (answer the package {@code received} with {@code status})
 * @param challenge         the one-time value of this run
 * @param challengeField    where the package carries it: {@code subject} for a document package, {@code code.notation}
 *                          (its {@code ResponseFor/Code}) for a status package
 * @param output            the file name the vendor writes the package to
 * @param description       edoc: the description file ({@code edxml new edoc --json}'s format), in the scenario folder
 * @param edoc              edoc: the description's content
 * @param received          status: the document package to answer, in the scenario folder
 * @param status            status: the status code to answer with
 * @param statusDescription status: the Description (reason) to give
 * @param expectedFields    what the package must carry, keyed as {@code inspect --json} paths, challenge included
 * @since 0.1.0
 */
public record Scenario(
        String id,
        String kind,
        String challenge,
        String challengeField,
        String output,
        Optional<String> description,
        Map<String, Object> edoc,
        Optional<String> received,
        Optional<String> status,
        Optional<String> statusDescription,
        Map<String, String> expectedFields) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        if (!kind.equals("edoc") && !kind.equals("status")) {
            throw new IllegalArgumentException("kind is edoc or status: " + kind);
        }
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(challengeField, "challengeField");
        Objects.requireNonNull(output, "output");
        if (output.contains("/") || output.contains("\\") || output.startsWith(".")) {
            throw new IllegalArgumentException("output is a plain file name: " + output);
        }
        edoc = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(edoc));
        expectedFields = Map.copyOf(expectedFields);
    }

    /** The description's {@code to} list, or empty. */
    public List<?> to() {
        return edoc.get("to") instanceof List<?> l ? l : List.of();
    }

    @Override
    public String toString() {
        return id + " " + kind + " -> " + output + " (challenge " + challenge + " in " + challengeField + ")";
    }
}
