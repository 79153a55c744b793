/**
 * Running the conformance vectors ({@code conformance/vectors/}) through livestage: loading them ({@link
 * io.livestage.tck.conformance.Vectors}) and playing one case through a {@code StageService} on any store ({@link
 * io.livestage.tck.conformance.FacadeRun}). Adapters use it through {@link io.livestage.tck.ConformanceContract}.
 */
package io.livestage.tck.conformance;
