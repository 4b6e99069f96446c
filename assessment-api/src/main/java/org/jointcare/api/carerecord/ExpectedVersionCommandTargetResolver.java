package org.jointcare.api.carerecord;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds which care record a command is for ({@code @TargetAggregateIdentifier}) and, when the
 * sender says which version it last saw, that version: the command's MetaData entry
 * {@value #EXPECTED_VERSION} (a Long; the API fills it from {@code If-Match}). Axon then refuses
 * the command with {@link org.axonframework.modelling.command.ConflictingAggregateVersionException}
 * if the record has moved on since.
 */
public class ExpectedVersionCommandTargetResolver implements CommandTargetResolver {

    /** The MetaData key that carries the aggregate version the sender expects. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver identifiers = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Long expected = expectedVersion(command.getMetaData().get(EXPECTED_VERSION));
        return expected == null ? target : new VersionedAggregateIdentifier(target.getIdentifierValue(), expected);
    }

    private static Long expectedVersion(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("MetaData '" + EXPECTED_VERSION + "' must be a number, was '" + text + "'");
            }
        }
        throw new IllegalArgumentException("MetaData '" + EXPECTED_VERSION + "' must be a number, was " + value.getClass().getSimpleName());
    }
}
