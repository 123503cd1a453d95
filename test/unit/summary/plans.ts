/** Plans the summary and celebration tests share. */
export const TODAY = '2026-12-07';

export const PLAN = `---
goal: Become director of engineering at a 200-person product company by 2030
target: 2030-06-30
review: { every: 3 months, last: 2026-10-01 }
steps:
  - title: Senior engineer
    target: 2026-11-30
    done: 2026-11-20
  - title: Team lead of the payments team
    target: 2027-03-31
  - title: Group manager of two product teams
    target: 2028-06-30
gaps:
  - title: Public speaking
    status: closed
    closed: 2026-11-02
  - title: Hiring and interviewing
    status: active
    source: Dana (manager)
    actions:
      - title: Read the hiring handbook
        done: true
      - Run 10 interviews with a senior interviewer shadowing
  - Budget ownership
---

# Notes

## Reviews

### Review 2026-07-01
- Goal: still holds

### Review 2026-10-01
- Moved: Team lead of the payments team: 2026-12-31 → 2027-03-31
- Focus: Public speaking
- Asked: Dana (manager), Sam (mentor)
`;

/** Plan text written to break out of each format: HTML, links, emphasis, tables, headings, line breaks. */
export const HOSTILE = `---
goal: "<script>alert(1)</script> [x](javascript:alert(1)) *bold* | cell"
target: 2030-01-01
steps:
  - title: "# Heading & <b>bold</b>"
    target: 2027-01-01
gaps:
  - title: "- [ ] ![img](http://e.x/a.png) \`code\` _u_ ~s~ $x$ <https://e.x>"
    actions:
      - "1. Not a list\\nreally"
---
`;
