/**
 * The entry points the Lambda runtime loads (template.yaml's Handler strings): one class per function, which wires
 * its handler through the composition root ({@code DependencyFactory}) and delegates to it, and the SnapStart
 * priming hook that runs beside them. The top floor: nothing below imports it.
 */
package com.epiduralestimator.lambda;
