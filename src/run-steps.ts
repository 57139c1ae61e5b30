// What the run needs once its inputs are valid, gathered so that the bundle holds it in one
// chunk, loaded by main.ts after the input check: an input error loads only the input check
// and its report (docs/PERFORMANCE.md, start-up).
export { configWarnings } from './inputs/warnings.js'
export { registerImage } from './register/register.js'
export { runRetryPolicy } from './failures/retry-policy.js'
export { apiEndpoints, connectEhpc, plannedProxyRoutes } from './connect.js'
export { redactedAddImageQuery } from './ehpc/add-image-query.js'
export { dryRunSummary, successSummary } from './report/summary.js'
export { retryLine } from './failures/explain.js'
export { setOutputs, setOutputsAfterRegistering } from './report/outputs.js'
export { writeJobSummary } from './report/job-summary.js'
export { requestTimeLeft, stepBudget } from './budget/step-budget.js'
export { startImageCheck } from './verify/start.js'
export { imageGate } from './verify/gate.js'
export { ECS_VERSION } from './verify/ecs-version.js'
export { keySecretFrom } from './credentials/resolve.js'
