/**
 * The pathological seeds, cleaned and built, each within the hang bound at full size (see
 * tests/unit/support/pathological-inputs.ts; the sources are in pathological-inputs.test.ts,
 * which runs alongside).
 */
import { PATHOLOGICAL_INPUTS } from '../../../../scripts/bench/pathological-inputs.ts';
import { describePathologicalInputs } from '../../support/pathological-inputs.ts';

describePathologicalInputs(PATHOLOGICAL_INPUTS.filter((input) => input.form === 'seed'));
