import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { FORMAT } from '../../../src/core/format/table';
import type { MappingKind, ValueFormat } from '../../../src/core/format/types';
import { OWN_FORM_KEYS, type Located, type Plan } from '../../../src/core/plan/model';
import { parse, textAt } from './helpers';

/**
 * Every key the format writes as text, a date or one of some words reaches the model as written,
 * with the exact range it was written at, at every level: the plan below is made from the format
 * table, so a key added to the table is checked here with no line of this test changed.
 */
const isHeld = (kind: MappingKind, key: string, value: ValueFormat) =>
  (value.type === 'text' || value.type === 'date' || value.type === 'word') && !(OWN_FORM_KEYS[kind] as readonly string[]).includes(key);

const writtenText = (kind: MappingKind, key: string) => `${kind} ${key} as written`;

/** A mapping of `kind` with every text, date and word key written, and one item in each list; under aliases when `aliased`. */
function sample(kind: MappingKind, aliased: boolean): Record<string, unknown> {
  const mapping: Record<string, unknown> = {};
  for (const [key, { value, aliases }] of Object.entries(FORMAT[kind].keys)) {
    const written = aliased ? (aliases?.[0] ?? key) : key;
    if (value.type === 'text') mapping[written] = writtenText(kind, key);
    else if (value.type === 'date') mapping[written] = '2030-01-02';
    else if (value.type === 'word') mapping[written] = value.words.at(-1);
    else if (value.type === 'list') mapping[written] = [sample(value.of, aliased)];
    else if (value.type === 'mapping' && value.of !== 'lint') mapping[written] = sample(value.of, aliased);
  }
  return mapping;
}

/** The model of each kind's first mapping in the sample. */
function modelled(plan: Plan): Record<MappingKind, object | undefined> {
  return { plan, step: plan.steps[0], gap: plan.gaps[0], action: plan.steps[0]?.actions[0], moment: plan.moments[0], company: plan.companies[0], review: plan.review };
}

describe('keys held as written', () => {
  for (const aliased of [false, true]) {
    const parsed = parse(`---\n${stringify(sample('plan', aliased))}---\n`);
    const models = modelled(parsed.plan);
    for (const [kind, format] of Object.entries(FORMAT) as [MappingKind, (typeof FORMAT)[MappingKind]][]) {
      it(`reads each text, date and word key of a ${kind}${aliased ? ', written under its alias,' : ''} with the range it was written at`, () => {
        const model = models[kind] as Record<string, Located<unknown> | undefined> | undefined;
        assert.ok(model, `the sample has no ${kind}`);
        for (const [key, { value }] of Object.entries(format.keys)) {
          if (!isHeld(kind, key, value)) continue;
          const expected = value.type === 'text' ? writtenText(kind, key) : value.type === 'date' ? '2030-01-02' : value.type === 'word' ? value.words.at(-1) : undefined;
          assert.equal(model[key]?.value, expected, `${kind}.${key}`);
          assert.equal(textAt(parsed, model[key]!.range), expected, `${kind}.${key}'s range`);
        }
      });
    }
  }

  it('holds a key not written, or not of its form, as undefined', () => {
    const { plan } = parse('---\ngoal: [not, a, text]\nsteps:\n  - title: Lead\n    target: soon\n---\n');
    assert.equal(plan.goal, undefined);
    assert.equal(plan.target, undefined);
    assert.ok('target' in plan.steps[0], 'every step has the same keys');
    assert.equal(plan.steps[0].target, undefined);
  });
});
