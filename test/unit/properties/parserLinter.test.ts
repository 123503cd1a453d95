import fc from 'fast-check';
import { PROPERTY_RUNS, PROPERTY_SEED } from './budget';
import { caseOf, planProperties, predicateOf } from './properties';

describe('properties: the parser and the linter on any text', function () {
  // Several thousand parses: generous, since the machine may be busy; a hang still fails.
  this.timeout(120_000);
  for (const property of planProperties) {
    const numRuns = Math.max(1, Math.round(PROPERTY_RUNS * property.share));
    it(`${property.name}: never throws, ranges and fixes inside the text (${numRuns} cases)`, () => {
      fc.assert(fc.property(caseOf(property), predicateOf(property)), { numRuns, seed: PROPERTY_SEED });
    });
  }
});
