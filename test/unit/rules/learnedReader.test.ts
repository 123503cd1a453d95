import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/lint';
import { analyzeGoal } from '../../../src/core/smart/analyzeGoal';
import { ALPHABET, learnedReaderOf, presenceOf, readingsOf, sentenceScore, type LearnedReader, type LearnedReaderTable } from '../../../src/core/smart/learnedReader';
import { LEARNED_READER_TABLE } from '../../../src/core/smart/learnedReaderTable';

/** A score of -32…31 as the table writes it. */
const char = (score: number) => ALPHABET[score + 32];

/**
 * A table of four words, scores in whole units: "nurture" and "vibes" weigh towards lacking S and M
 * as words of the goal, "kotlin" and "ship" away from it; "vibes", used at all, weighs towards
 * lacking M once more; the readings weigh nothing.
 */
const table: LearnedReaderTable = {
  words: 'nurture vibes kotlin ship',
  scores: [
    [0, 10, 0, 0, 0, 10, 0, 0],
    [0, 20, 0, 0, 0, 20, 0, 12],
    [0, -30, 0, 0, 0, -30, 0, 0],
    [0, 0, 0, 0, 0, -10, -20, 0],
  ]
    .map((row) => row.map(char).join(''))
    .join(''),
  scales: [1, 1, 1, 1, 1, 1, 1, 1],
  S: { readings: [0, 0, 0, 0, 0, 0, 0], threshold: 0, keep: 0 },
  M: { readings: [0, 0, 0, 0, 0, 0, 0], threshold: 0, keep: -25 },
};
const rules = { specific: true, measurable: true, named: [], verb: undefined };

describe('smart: the learned reader', () => {
  const reader = learnedReaderOf(table);

  it('weighs the mean score of the goal’s words it knows against each letter’s threshold', () => {
    assert.equal(reader.judge('Nurture the vibes', rules).S.lacking, true);
    assert.equal(reader.judge('Nurture Kotlin', rules).S.lacking, false, '(10 - 30) / 2 is under 0');
    assert.equal(reader.judge('Nothing it knows', rules).S.lacking, false);
  });

  it('quotes the words that weigh most towards the finding, in the goal’s order, never a function word', () => {
    assert.deepEqual(reader.judge('The vibes, and to nurture them', rules).S.words, ['vibes', 'nurture']);
    assert.deepEqual(reader.judge('Ship Kotlin', rules).M.words, []);
  });

  it('reads the first verb with its own score', () => {
    assert.equal(reader.judge('Ship vibes', { ...rules, verb: 'ship' }).M.lacking, false, '(20 - 10) / 2 - 20 + 12 / √2 is under 0');
    assert.equal(reader.judge('Ship vibes', rules).M.lacking, true);
  });

  it('weighs each word used by its own score, over the square root of how many distinct words the goal has', () => {
    assert.equal(reader.judge('Vibes kotlin', rules).M.lacking, true, '(20 - 30) / 2 + 12 / √2 is over 0');
    assert.equal(reader.judge('Vibes kotlin', rules).S.lacking, false, '(20 - 30) / 2 is under 0');
    assert.deepEqual(presenceOf(['Vibes', 'vibes', 'Ship', 'nope'], (word) => table.words.split(' ').indexOf(word)).filter(([rank]) => rank >= 0), [
      [1, 1 / Math.sqrt(3)],
      [3, 1 / Math.sqrt(3)],
    ]);
  });

  it('takes a finding of the rules back less readily than it adds one of its own', () => {
    assert.equal(reader.judge('Ship kotlin', rules).M.lacking, false, '(-10 - 30) / 2 is under 0');
    assert.equal(reader.judge('Ship kotlin', { ...rules, measurable: false }).M.lacking, true, 'but over -25, where the rules found M missing');
    assert.equal(reader.judge('Kotlin', { ...rules, measurable: false }).M.lacking, false, '-30 is under -25 too');
  });

  it('takes the rules’ readings in a fixed order: a constant, the two verdicts, what was named, a digit, the length', () => {
    assert.deepEqual(readingsOf('Learn Go in 2027', { specific: false, measurable: true, named: ['Go'], verb: 'learn' }), [1, 1, 0, Math.log1p(1), 1, 1, Math.log1p(3) / 3]);
  });

  it('ships a table of the 60,000 commonest words with eight scores each, and a second stage a letter over 512 dimensions', () => {
    const words = LEARNED_READER_TABLE.words.split(' ');
    assert.equal(words.length, 60_000);
    assert.equal(LEARNED_READER_TABLE.scores.length, 8 * words.length);
    assert.equal(LEARNED_READER_TABLE.scales.length, 8);
    assert.ok([...LEARNED_READER_TABLE.scores].every((c) => ALPHABET.includes(c)));
    for (const letter of ['S', 'M'] as const) assert.equal(LEARNED_READER_TABLE[letter].sentence?.vector.length, 512);
  });
});

describe('smart: the learned reader’s second stage, with sentence vectors', () => {
  // Two dimensions: the first weighs towards lacking S, the second away from it; the first stage's score counts once.
  const sentence = { bias: -1, score: 1, vector: [40, -40], threshold: 0, keep: -30 };
  const staged: LearnedReaderTable = { ...table, S: { ...table.S, sentence } };
  const vectors = new Map([
    ['Nurture the vibes', [0, 1]],
    ['Ship Kotlin', [1, 0]],
  ]);
  const asked: string[] = [];
  const reader = learnedReaderOf(staged).withSentences((text) => (asked.push(text), vectors.get(text)));

  it('weighs the first stage’s score and the vector together, with thresholds of its own', () => {
    assert.equal(sentenceScore(sentence, 15, [0, 1]), -1 + 15 - 40);
    assert.equal(reader.judge('Nurture the vibes', rules).S.lacking, false, 'the words say 15, over 0; with the vector -26');
    assert.equal(reader.judge('Nurture the vibes', { ...rules, specific: false }).S.lacking, true, '-26 is over -30, the threshold to keep a finding of the rules');
    const shipped = reader.judge('Ship Kotlin', rules).S;
    assert.equal(shipped.lacking, true, 'the words say -15; with the vector 24');
    assert.deepEqual([shipped.words, shipped.start, shipped.end], [[], 0, 'Ship Kotlin'.length], 'no word weighs towards it: the whole goal is quoted');
  });

  it('judges a goal with no vector yet by its words alone, and asks for the goal as written', () => {
    asked.length = 0;
    assert.equal(reader.judge('Nurture vibes', rules).S.lacking, true);
    assert.deepEqual(asked, ['Nurture vibes']);
  });

  it('leaves a letter with no second stage to the first', () => {
    assert.equal(reader.judge('Ship Kotlin', rules).M.lacking, false);
  });
});

describe('smart: the learned reader beside the rules', () => {
  /** A reader that finds both letters missing in every goal (quoting "vibes" where it stands), or in none. */
  const always = (lacking: boolean): LearnedReader => ({
    judge: (text) => {
      const at = text.indexOf('vibes');
      const verdict = lacking && at >= 0 ? { lacking, words: ['vibes'], start: at, end: at + 'vibes'.length } : { lacking, words: [], start: 0, end: text.length };
      return { S: verdict, M: verdict };
    },
    withSentences: () => always(lacking),
  });

  it('stands where it and the rules differ, quoting the words it weighed', () => {
    const flagged = analyzeGoal('Ship the Kotlin app to the Play Store with the team vibes', undefined, always(true));
    assert.ok(!flagged.specific.ok && flagged.specific.kind === 'learned');
    assert.ok(!flagged.measurable.ok && flagged.measurable.learned);
    assert.equal(flagged.text.slice(flagged.specific.start, flagged.specific.end), 'vibes');
    const passed = analyzeGoal('Explore new things', undefined, always(false));
    assert.ok(passed.specific.ok && passed.measurable.ok);
  });

  it('leaves the rubric’s own cases to the rules: a role or move with no where, a comparison with no target or nothing named', () => {
    const role = analyzeGoal('Become a senior developer', undefined, always(false)).specific;
    assert.ok(!role.ok && role.kind === 'role');
    const move = analyzeGoal('Get promoted', undefined, always(false)).specific;
    assert.ok(!move.ok && move.kind === 'move');
    assert.equal(analyzeGoal('Sell more licences', undefined, always(false)).measurable.ok, false);
    assert.equal(analyzeGoal('Study harder', undefined, always(false)).specific.ok, false);
  });

  it('reads no goal in another language', () => {
    const foreign = analyzeGoal('Bis Juni 2027 die AWS-Prüfung bestehen', undefined, always(true));
    assert.ok(foreign.specific.ok && foreign.measurable.ok);
  });

  it('is named in the findings it gives', () => {
    const plan = '---\ngoal: Ship the Kotlin app to the Play Store with the team vibes\n---\n';
    const messages = lintText(plan, { today: '2026-12-07', reader: always(true) }).findings.map((finding) => `${finding.ruleId} ${finding.message}`);
    assert.ok(messages.some((message) => message.startsWith('CP101 The goal is not specific: read as a whole, it names nothing concrete to aim at (what weighs most: “vibes”)')), messages.join('\n'));
    assert.ok(messages.some((message) => message.startsWith('CP201 The goal is not measurable: read as a whole, nothing in it says when it is done (what weighs most: “vibes”)')), messages.join('\n'));
  });
});
