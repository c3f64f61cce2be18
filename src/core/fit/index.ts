// Public surface of src/core/fit.
export { FieldError, anyNum, arr, bool, fail, get, jsonPath, num, obj, oneOf, str } from './field-check';
export { fitModel } from './fit-model';
export { fitTiming } from './fit-timing';
export { holdoutProblem, holdoutStart } from './holdout';
export { parseLiftTestsCsv } from './lift-tests';
export { largestSpendSeen } from './spend-seen';
export { type ModelJson, type ParameterSummary, type SynergySummary } from './model-json';
export { synergySummaries } from './synergy-summary';
export { checkSpec, parseModelJsonText, validateModelJson } from './validate-model-json';
