import type { Rule } from './rule';

/**
 * Structure: a target company list works (the LAMP method: list, alumni, motivation, postings) when
 * each company says why you want it and whom you know there.
 */
const rule: Rule = {
  id: 'CP607',
  name: 'company-incomplete',
  criterion: null,
  severity: 'info',
  description: 'Each target company has a `motivation` (why you want to work there) and `connections` (people you know there or who can introduce you).',
  fixable: false,
  check({ plan, report }) {
    for (const company of plan.companies) {
      const missing = [!company.motivation && 'motivation', company.connections.length === 0 && 'connections'].filter((key): key is string => !!key);
      if (missing.length === 0) continue;
      const what = missing.map((key) => (key === 'motivation' ? '`motivation:` (why you want to work there)' : '`connections:` (whom you know there, alumni included)')).join(' and ');
      report({
        range: company.name.range,
        message: `“${company.name.value}” has no ${missing.join(' and no ')}: add ${what}, so you can rank it and reach someone inside.`,
        subject: `companies[${company.index}]`,
      });
    }
  },
};

export default rule;
