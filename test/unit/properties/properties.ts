import fc from 'fast-check';
import type { IsoDate } from '../../../src/core/calendar/dates';
import { anyText, mutatedPlans, planText, today } from './arbitraries';
import { checkPlanText } from './invariants';

/**
 * The parser and linter properties, shared by `npm test` (a fixed seed, a few thousand runs) and
 * `npm run fuzz` (a random seed, as many runs as you like). Each draws a text and a day and checks
 * every invariant; `share` is its part of a run budget.
 */
export interface PlanProperty {
  readonly name: string;
  readonly input: fc.Arbitrary<string>;
  readonly share: number;
  readonly determinism: boolean;
}

export const planProperties: readonly PlanProperty[] = [
  { name: 'arbitrary text', input: anyText, share: 0.45, determinism: false },
  { name: 'YAML-ish plans', input: planText, share: 0.25, determinism: false },
  { name: 'mutated example plans', input: mutatedPlans(), share: 0.2, determinism: false },
  // Linting twice doubles the cost, so sameness is checked on its own, over the richest inputs.
  { name: 'the same text gives the same findings', input: fc.oneof(planText, mutatedPlans()), share: 0.1, determinism: true },
];

export interface Case {
  readonly text: string;
  readonly today: IsoDate;
}

export function caseOf(property: PlanProperty): fc.Arbitrary<Case> {
  return fc.record({ text: property.input, today });
}

export function predicateOf(property: PlanProperty): (input: Case) => void {
  return ({ text, today }) => checkPlanText(text, today, { determinism: property.determinism });
}
