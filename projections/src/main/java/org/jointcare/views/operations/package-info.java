/**
 * How views are processed and operated: {@link org.jointcare.views.operations.ViewProcessingConfiguration}
 * turns each {@link org.jointcare.views.ViewDefinition} into an Axon processor (streaming with a
 * JDBC dead-letter queue, or subscribing); {@link org.jointcare.views.operations.ViewStatuses}
 * says where each view stands, {@link org.jointcare.views.operations.ViewRebuilds} rebuilds them from
 * the event store and {@link org.jointcare.views.operations.ViewDeadLetters} lists and retries the
 * events they could not handle;
 * {@link org.jointcare.views.operations.RebuildViewsCommand}, {@link org.jointcare.views.operations.DeadLettersCommand}
 * and {@link org.jointcare.views.operations.RetryDeadLettersCommand} are the operator's command line for a
 * stopped application ({@code --jointcare.rebuild=<group>|all}, {@code --jointcare.dead-letters=<group>},
 * {@code --jointcare.retry-dead-letters=<group>}, see docs/operations.md).
 */
package org.jointcare.views.operations;
