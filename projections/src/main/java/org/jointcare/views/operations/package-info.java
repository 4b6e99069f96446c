/**
 * How views are processed and operated: {@link org.jointcare.views.operations.ViewProcessingConfiguration}
 * turns each {@link org.jointcare.views.ViewDefinition} into an Axon processor (streaming with a
 * JDBC dead-letter queue, or subscribing); {@link org.jointcare.views.operations.ViewOperations}
 * lists views, rebuilds them from the event store and lists and retries dead letters;
 * {@link org.jointcare.views.operations.RebuildViewsCommand} is the operator's command line
 * ({@code --jointcare.rebuild=<group>|all}, see docs/operations.md).
 */
package org.jointcare.views.operations;
