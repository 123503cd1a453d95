import { addDays, daysBetween, describeDaysLeft } from '../calendar/dates';
import { insertMomentPrep } from '../fixes/momentPrep';
import type { Rule } from './rule';

/** Structure: key moments (a review, an interview, an offer) shape a career in minutes; they are prepared for. */
const rule: Rule = {
  id: 'CP606',
  name: 'moment-unprepared',
  criterion: null,
  severity: 'warning',
  description: 'A key moment within `momentPrepDays` (14 unless configured) has preparation written: `prep:` notes or `actions:`.',
  fixable: true,
  check({ parsed, plan, today, options, report }) {
    const horizon = addDays(today, options.momentPrepDays);
    for (const moment of plan.moments) {
      const date = moment.date?.value;
      if (!date || date < today || date > horizon || moment.prep.length > 0 || moment.actions.length > 0) continue;
      const edits = insertMomentPrep(parsed, moment.index);
      report({
        range: moment.title.range,
        message: `“${moment.title.value}” is ${describeDaysLeft(daysBetween(today, date))} and nothing is prepared: write what you want from it and what to have ready, under \`prep:\` or \`actions:\`.`,
        subject: `moments[${moment.index}]`,
        fix: edits && edits.length > 0 ? { title: `Add ${/^[aeiou]/i.test(moment.kind) ? 'an' : 'a'} ${moment.kind} preparation checklist`, edits } : undefined,
      });
    }
  },
};

export default rule;
