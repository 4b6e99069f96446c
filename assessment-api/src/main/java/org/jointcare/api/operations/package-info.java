/**
 * Operating a running application: the actuator endpoint {@code views}
 * ({@link org.jointcare.api.operations.ViewsEndpoint}) shows where each view stands, lists and
 * retries its dead letters and rebuilds streaming views; it is served only by the management
 * server, on its own port bound to the loopback address, which
 * {@link org.jointcare.api.operations.ManagementServerSecurity} leaves to operators by network.
 * The command-line counterparts for a stopped application live beside the view operations
 * ({@code org.jointcare.views.operations}). See docs/operations.md.
 */
package org.jointcare.api.operations;
