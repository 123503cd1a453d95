import * as assert from 'node:assert/strict';
import { isIsoDate } from '../../../src/core/calendar/dates';
import { mermaidText, renderTimelineMermaid } from '../../../src/core/timeline/mermaid';
import { buildTimeline } from '../../../src/core/timeline/model';
import { fixturePlan, planOf, TODAY } from './fixtures';

interface Task {
  name: string;
  tags: string[];
  id: string;
  start: string;
  end: string;
}

/**
 * Checks a chart line by line against the lexer and grammar of Mermaid's gantt diagram (gantt.jison):
 * the lexer is case-insensitive and takes the first rule that matches, so a task's text must not
 * begin with a keyword, and may not hold `:` `;` `#`; task data is tags (active, done, crit,
 * milestone) first, then an id, a start date and an end (a date or a duration).
 */
function checkGantt(chart: string): Task[] {
  assert.ok(chart.endsWith('\n'));
  const [first, ...lines] = chart.slice(0, -1).split('\n');
  assert.equal(first, 'gantt');
  const keyword = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|datemarker|title|accdescription|acctitle|accdescr|section|click|href|call|vert|\d{4}-\d{2}-\d{2})/i;
  const statements = [
    /^title\s[^#\n;%]+$/,
    /^accTitle\s*:\s*[^#\n;%]*$/,
    /^accDescr\s*:\s*[^#\n;%]*$/,
    /^dateFormat YYYY-MM-DD$/,
    /^axisFormat %Y-%m$/,
    /^todayMarker off$/,
    /^section\s[^#:\n;%]+$/,
  ];
  const tasks: Task[] = [];
  for (const raw of lines) {
    const line = raw.trimStart();
    assert.ok(line.length > 0, 'no blank lines');
    if (statements.some((statement) => statement.test(line))) continue;
    const task = /^([^#:\n;%]+):([^#\n;%]+)$/.exec(line);
    assert.ok(task, `not a gantt statement: ${line}`);
    assert.doesNotMatch(task[1], keyword, `task text read as a keyword: ${line}`);
    const data = task[2].split(',').map((part) => part.trim());
    const tags: string[] = [];
    while (['active', 'done', 'crit', 'milestone'].includes(data[0])) tags.push(data.shift()!);
    assert.equal(data.length, 3, `id, start and end expected: ${line}`);
    const [id, start, end] = data;
    assert.match(id, /^[A-Za-z][A-Za-z0-9_]*$/);
    assert.ok(isIsoDate(start), `start date: ${line}`);
    assert.ok(/^\d+d$/.test(end) || (isIsoDate(end) && end > start), `end: ${line}`);
    if (tags.includes('milestone')) assert.equal(end, '0d');
    tasks.push({ name: task[1].trim(), tags, id, start, end });
  }
  const ids = tasks.map((task) => task.id);
  assert.deepEqual(ids, [...new Set(ids)], 'task ids are unique');
  return tasks;
}

describe('renderTimelineMermaid', () => {
  it('writes the example plan as a valid gantt chart', () => {
    const chart = renderTimelineMermaid(buildTimeline(fixturePlan('example'), TODAY));
    const tasks = checkGantt(chart);
    assert.deepEqual(
      tasks.map((task) => [task.id, task.tags.join(' '), task.start, task.end]),
      [
        ['today', 'milestone', '2026-11-24', '0d'],
        ['step1', 'milestone', '2027-03-31', '0d'],
        ['step2', 'milestone', '2028-06-30', '0d'],
        ['step3', 'milestone', '2030-06-30', '0d'],
        ['gap1', 'active', '2026-11-24', '2027-03-31'],
        ['gap2', '', '2026-11-24', '2028-06-30'],
        ['moment1', 'milestone', '2026-12-15', '0d'],
        ['review', 'milestone', '2027-01-01', '0d'],
        ['goal', 'milestone', '2030-06-30', '0d'],
      ],
    );
    assert.match(chart, /^ {4}title Career plan - Become director of engineering at a 200-person product company by 2030$/m);
    assert.equal(chart, renderTimelineMermaid(buildTimeline(fixturePlan('example'), TODAY)));
  });

  it('tags done milestones done and overdue ones crit, and strips what Mermaid would read as syntax', () => {
    const chart = renderTimelineMermaid(buildTimeline(fixturePlan('hostile.plan.md'), TODAY));
    const tasks = checkGantt(chart);
    const byId = new Map(tasks.map((task) => [task.id, task]));
    assert.deepEqual(byId.get('step1')?.tags, ['done', 'milestone']);
    assert.deepEqual(byId.get('step2')?.tags, ['crit', 'milestone']);
    assert.equal(byId.get('step2')?.name, 'Step 2 - Tech lead ingestion batch 2 and streaming, 100 b on time /b');
    assert.deepEqual(byId.get('review')?.tags, ['crit', 'milestone']);
    // A title starting with "Title" would be read as the chart's title.
    assert.equal(byId.get('moment2')?.name, 'Moment - Title mid-year review');
    // The gap before an overdue step has nothing ahead to close it by: a critical point today.
    assert.deepEqual([byId.get('gap1')?.tags, byId.get('gap1')?.start], [['crit', 'milestone'], TODAY]);
    assert.deepEqual([byId.get('gap3')?.tags, byId.get('gap3')?.end], [['done', 'milestone'], '0d']);
    assert.equal(byId.get('gap4')?.end, '2029-12-31');
    assert.doesNotMatch(chart, /<|>|&(?!\w)/);
  });

  it('stays valid for plans with nothing dated, and for titles that are all symbols', () => {
    checkGantt(renderTimelineMermaid(buildTimeline(planOf('goal: "###"'), TODAY)));
    const tasks = checkGantt(renderTimelineMermaid(buildTimeline(planOf('goal: ok\nsteps:\n  - title: ":;#%"\n    target: 2027-01-01'), TODAY)));
    assert.equal(tasks[1].name, 'Step 1 - Untitled');
  });

  it('marks a gap crit only when what it blocks is past due, not when it has no date at all', () => {
    const chartOf = (yaml: string) => renderTimelineMermaid(buildTimeline(planOf(yaml), TODAY));
    assert.match(chartOf('goal: g\nsteps: [Team lead]\ngaps:\n  - title: Hiring\n    blocks: 1'), /Gap 1 - Hiring :milestone, gap1, /);
    assert.match(chartOf('goal: g\nsteps:\n  - title: Team lead\n    target: 2020-01-01\ngaps:\n  - title: Hiring\n    blocks: 1'), /Gap 1 - Hiring :crit, milestone, gap1, /);
  });

  it('reduces text to letters, digits, spaces and plain punctuation', () => {
    assert.equal(mermaidText('R&D: lead; #1 %% <team> "x"\n next'), 'R and D lead 1 team x next');
    assert.equal(mermaidText('Führung – 团队 (2027)'), 'Führung 团队 (2027)');
    assert.equal(mermaidText('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });
});
