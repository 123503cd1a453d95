import { addDays, addMonths, checkIsoDate, formatParts, type IsoDate } from './dates';
import { COUNT_WORD, DAY_NUMBER, MONTH, SEASON, YEAR, countValue, monthNumber, seasonMonths } from './dateWords';
import { dayIn, dayPeriod, endOfMonth, monthsPeriod, weekOf, type Period, type Position } from './periods';

/**
 * Reads the dates people write in plans ("by end of Q3 2027", "June 2028", "30 June 2028",
 * "mid-2028", "in two years", "within 18 months", "2027-06-30", "06/2028", "summer 2027") as
 * calendar dates, with where the words are, so a target written in prose can become a `target:`.
 *
 * The rule: a plan's target is the END of the period it names — "June 2028" → 2028-06-30, "Q3 2027"
 * → 2027-09-30, "2027" → 2027-12-31, "summer 2027" → 2027-08-31 (seasons are meteorological, northern
 * hemisphere). "mid" is the end of the middle month (mid-2028 → 2028-06-30), "early" the end of the
 * first quarter of the period (early 2028 → 2028-03-31), "the start of" its first day; in one month
 * early → the 10th, mid → the 15th. "before X" is the day before X begins (before June 2028 →
 * 2028-05-31); "after X" the day after it ends. A span counts from today ("in two years", "within
 * 18 months"; "1-2 years" takes the longer). A period with no year is the next one not yet over
 * ("by June" in December 2026 → 2027-06-30). A numeric date is read only when the day and month
 * cannot be swapped (31/12/2027, not 06/07/2027). A school or academic year ("the 2017-2018 school
 * year") ends on June 30 of its second year. A range ("Q4 2026 – Q1 2027") is done when its last
 * period is. Fiscal years, ages ("before I turn 30"), spans counted from something else ("within
 * 5 days of signing", "the first month of the semester") and vague words ("soon", "a few months")
 * are not read: undefined, never a guess.
 * Everything that depends on today needs `today`; without it such a phrase is not read.
 */
export interface ProseDate {
  readonly date: IsoDate;
  /** Offsets of the words read, in the text given: `text.slice(start, end) === words`. */
  readonly start: number;
  readonly end: number;
  readonly words: string;
  /** The date was counted from today ("in two years", "by June" without a year): it moves when today does. */
  readonly relative: boolean;
  /** "by", "before", "until", a span: a deadline. "from", "after", "since": a start. Otherwise plain. */
  readonly role: 'deadline' | 'start' | 'plain';
}

/** The target date a text names: its first deadline ("by …", "within …"), else its first plain date; never a start date. */
export function readProseDate(text: string, today?: IsoDate): ProseDate | undefined {
  const all = findProseDates(text, today);
  const found = all.filter((date) => date.role !== 'start');
  const chosen = found.find((date) => date.role === 'deadline') ?? found[0];
  if (!chosen) return undefined;
  // A range ("Q4 2026 – Q1 2027", "Apr–Jul 2026") is done when its last period is.
  const next = all[all.indexOf(chosen) + 1];
  return next && RANGE_BETWEEN.test(text.slice(chosen.end, next.start)) ? { ...next, start: chosen.start, words: text.slice(chosen.start, next.end), role: chosen.role } : chosen;
}

const RANGE_BETWEEN = /^\s*(?:[-–—]|to|through|until|till)\s*$/i;

/** Every date phrase in a text that can be read, in order, none overlapping (the longest wins). */
export function findProseDates(text: string, today?: IsoDate): ProseDate[] {
  const candidates: Candidate[] = [];
  for (const pattern of PATTERNS) {
    if (!pattern.requires.test(text)) continue;
    for (const match of text.matchAll(pattern.regex)) {
      const read = readMatch(pattern, match, text, today);
      if (read) candidates.push(read);
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) if (!chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) chosen.push(candidate);
  return chosen.filter((candidate): candidate is ProseDate => !('noSuchDay' in candidate));
}

type Groups = Readonly<Record<string, string | undefined>>;

interface Reading {
  readonly period: Period;
  readonly relative: boolean;
  /** A span already names the day: no position or lead moves it. */
  readonly span?: true;
}

interface Pattern {
  /** A quick test the text must pass before `regex` runs: most lines hold no date, and most patterns find nothing. */
  readonly requires: RegExp;
  readonly regex: RegExp;
  readonly read: (groups: Groups, today: IsoDate | undefined) => Reading | typeof NO_SUCH_DAY | undefined;
  /** Words this pattern matches only after a lead word or a position ("in March", not "march"). */
  readonly needsLead?: (groups: Groups, words: string) => boolean;
}

const DEADLINE_LEADS = /^(?:by|before|until|till|til|through|thru|no later than|not later than|prior to|due|deadline|target|timeline|time ?frame|date|to)/i;
const START_LEADS = /^(?:from|after|since|starting)/i;

/** A phrase found: a date, or words that name no day (NO_SUCH_DAY) and keep shorter phrases out of them. */
type Candidate = ProseDate | { readonly noSuchDay: true; readonly start: number; readonly end: number };

function readMatch(pattern: Pattern, match: RegExpExecArray | RegExpMatchArray, text: string, today: IsoDate | undefined): Candidate | undefined {
  const groups: Groups = match.groups ?? {};
  const words = match[0];
  const start = match.index ?? 0;
  const lead = groups.lead?.toLowerCase().replace(/\s+/g, ' ');
  const position = positionOf(groups.pos ?? groups.pos2);
  const whole = text.trim() === words.trim();
  if (pattern.needsLead?.(groups, words) && !whole && (lead === undefined || lead === 'to') && position === undefined) return undefined;
  const reading = pattern.read(groups, today);
  if (!reading) return undefined;
  if (reading === NO_SUCH_DAY) return { noSuchDay: true, start, end: start + words.length };
  const role = reading.span || (lead && DEADLINE_LEADS.test(lead)) ? 'deadline' : lead && START_LEADS.test(lead) ? 'start' : 'plain';
  const date = reading.span ? reading.period.last : dayOf(reading.period, position, lead);
  return { date, start, end: start + words.length, words, relative: reading.relative, role };
}

function positionOf(word: string | undefined): Position | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  if (lower === 'end' || lower === 'close' || lower === 'late' || lower === 'rest' || lower === 'remainder') return 'end';
  if (lower === 'beginning' || lower === 'start') return 'start';
  return lower === 'early' ? 'early' : 'mid';
}

function dayOf(period: Period, position: Position | undefined, lead: string | undefined): IsoDate {
  if (lead === 'before' || lead === 'prior to') return position === undefined || position === 'start' ? addDays(period.first, -1) : dayIn(period, position);
  if (lead === 'after') return position === undefined ? addDays(period.last, 1) : dayIn(period, position);
  if (lead !== undefined && START_LEADS.test(lead)) return position === undefined ? period.first : dayIn(period, position);
  return dayIn(period, position ?? 'end');
}

/** The year a phrase names, or, with none, undefined. */
function yearOf(groups: Groups, today: IsoDate | undefined): { year: number; relative: boolean } | undefined | 'unknown' {
  const full = groups.y ?? groups.y2;
  if (full) return { year: Number(full), relative: false };
  const short = groups.sy ?? groups.sy2;
  if (short) return { year: 2000 + Number(short), relative: false };
  const named = groups.ry?.toLowerCase();
  if (named === undefined) return undefined;
  if (!today) return 'unknown';
  return { year: thisYear(today) + (named === 'next' ? 1 : named === 'last' ? -1 : 0), relative: true };
}

const thisYear = (today: IsoDate) => Number(today.slice(0, 4));

/**
 * A period of a year: with the year named, that one; without, the next one not yet over (needs
 * today). `make` builds the period of a given year.
 */
function inYear(groups: Groups, today: IsoDate | undefined, make: (year: number) => Period): Reading | undefined {
  const year = yearOf(groups, today);
  if (year === 'unknown') return undefined;
  if (year) return { period: make(year.year), relative: year.relative };
  if (!today) return undefined;
  for (const candidate of [thisYear(today) - 1, thisYear(today), thisYear(today) + 1]) {
    const period = make(candidate);
    if (period.last >= today) return { period, relative: true };
  }
  return undefined;
}

const words = (source: string) => new RegExp(String.raw`(?<![\w-])(?:${source})(?![\w-])`, 'gi');

/** The word that says what a date is to the plan: "by", "before", "from", "in"… */
const LEAD = String.raw`(?:(?<lead>by|before|until|till|til|through|thru|no later than|not later than|prior to|due(?:\s+(?:by|on|in|date))?|deadline|(?:target\s+)?(?:timeline|time\s?frame|date)|target(?:ed)?(?:\s+(?:for|by))?|to|in|during|on|around|at|for|from|after|since|starting(?:\s+(?:in|on|from))?)\s*:?\s+)?`;
/** Where in the period: "the end of", "early", "mid-". */
const POSITION = String.raw`(?:(?:the\s+)?(?<pos>end|close|beginning|start|middle|rest|remainder)[\s-]+of[\s-]+(?:the\s+)?|(?<pos2>early|late|mid)(?:\s*-\s*|\s+)(?:of\s+)?)?`;
const PREFIX = LEAD + POSITION;
/** "2027", "'27", "this year", "next year", after a month, quarter or season. */
const YEAR_AFTER = String.raw`(?:\s*[/-]\s*(?:(?<y>${YEAR})|['’]?(?<sy>\d\d))|,?\s+(?:of\s+|in\s+)?(?:(?<y2>${YEAR})|['’](?<sy2>\d\d)|(?<ry>this|next)\s+year))`;
const QUARTER_WORDS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 };
const UNIT_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12, decade: 120, mo: 1, mos: 1, mth: 1, mths: 1, yr: 12, yrs: 12 };
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, wk: 7, wks: 7 };

const noYear = (groups: Groups) => !(groups.y || groups.y2 || groups.sy || groups.sy2 || groups.ry);
/** A month and day with no year need a lead word unless the month is capitalised: "June 30", not "may 5" (May could be the verb). */
const lowerMonthDay = (groups: Groups) => noYear(groups) && !/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(groups.m ?? '');

/**
 * What a full date the calendar does not have reads as ("April 31, 2028", "2031-02-29"): no date, but
 * its words are taken, so that no shorter phrase inside them ("April 2028", "by April") is read
 * instead. Never a guess.
 */
const NO_SUCH_DAY = 'no such day';

function exactDay(year: number, month: number, day: number): Reading | typeof NO_SUCH_DAY {
  const check = checkIsoDate(formatParts(year, month, day));
  return check.ok ? { period: dayPeriod(check.date), relative: false } : NO_SUCH_DAY;
}

function dayOfMonth(groups: Groups, today: IsoDate | undefined): Reading | typeof NO_SUCH_DAY | undefined {
  const month = monthNumber(groups.m!);
  const day = Number.parseInt(groups.d!, 10);
  if (groups.y) return exactDay(Number(groups.y), month, day);
  return inYear({}, today, (year) => dayPeriod(formatParts(year, month, Math.min(day, endOfMonthDay(year, month)))));
}

const endOfMonthDay = (year: number, month: number) => Number(endOfMonth(year, month).slice(8));

function span(groups: Groups, today: IsoDate | undefined): Reading | undefined {
  if (!today) return undefined;
  const counts = [groups.n, groups.n2, groups.n3].filter((count) => count !== undefined).map((count) => countValue(count!));
  if (counts.some((count) => count === undefined)) return undefined;
  // "within the first month (of the semester)" counts from a start the words do not give.
  if (groups.nx?.toLowerCase() === 'first') return undefined;
  const unit = (groups.unit ?? groups.abbr!).toLowerCase();
  // "in the coming years" has no end: a plural needs a count.
  if (counts.length === 0 && (groups.plural || !groups.nx)) return undefined;
  const count = Math.max(1, ...(counts as number[]));
  const date = unit in UNIT_DAYS ? addDays(today, Math.round(count * UNIT_DAYS[unit])) : addSpanMonths(today, count * UNIT_MONTHS[unit]);
  return { period: dayPeriod(date), relative: true, span: true };
}

function addSpanMonths(today: IsoDate, months: number): IsoDate {
  const whole = Math.floor(months);
  return addDays(addMonths(today, whole), Math.round((months - whole) * 30));
}

/** "within 5 days of signing", "within a year after joining": counted from something else than today. */
const NOT_FROM_ELSEWHERE = String.raw`(?!\s+(?:of|after|from)\s+(?!now\b|today\b))`;
const SPAN_UNIT = String.raw`(?<unit>day|week|fortnight|month|quarter|year|decade)(?<plural>s)?`;
const COUNT_RANGE = String.raw`(?<n>${COUNT_WORD})(?:\s*(?:-|–|to|or)\s*(?<n2>${COUNT_WORD}))?`;

const FOUR_DIGITS = /\d{4}/;
const SLASHED = /\d[/.]\d/;
const MONTH_WORD = new RegExp(String.raw`(?<![a-z])${MONTH}`, 'i');
const QUARTER_WORD = /q[1-4]|quarter/i;
const HALF_WORD = /h[12]|half/i;
const SEASON_WORD = new RegExp(SEASON, 'i');
const NEW_YEAR = /new\s+year/i;
const END_OF_DAY = /eod|end\s+of\s+(?:the\s+)?day/i;
const PERIOD_END = /eo[ymqw]|end/i;
const UNIT_WORD = /day|week|fortnight|month|quarter|year|decade|mos?\b|mths?\b|wks?\b|yrs?\b/i;
const BRACKET = /\(/;

const PATTERNS: readonly Pattern[] = [
  // 2027-06-30, 2027/06/30.
  { requires: FOUR_DIGITS, regex: words(String.raw`${PREFIX}(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})`), read: (g) => exactDay(Number(g.y), Number(g.m), Number(g.d)) },
  // 31/12/2027, 12/31/2027: read only when the day cannot be the month.
  {
    requires: SLASHED,
    regex: words(String.raw`${PREFIX}(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<yy>\d{4}|\d{2})`),
    read: (g) => {
      const [a, b] = [Number(g.a), Number(g.b)];
      const year = g.yy!.length === 2 ? 2000 + Number(g.yy) : Number(g.yy);
      if (a > 12 && b <= 12) return exactDay(year, b, a);
      if (b > 12 && a <= 12) return exactDay(year, a, b);
      return a === b ? exactDay(year, a, b) : undefined;
    },
  },
  // June 30, 2028; June 30th; 30 June 2028; the 30th of June.
  { requires: MONTH_WORD, regex: words(String.raw`${PREFIX}(?<m>${MONTH})\s+(?:the\s+)?(?<d>${DAY_NUMBER})(?!\d)(?:,?\s+(?<y>${YEAR}))?`), read: dayOfMonth, needsLead: lowerMonthDay },
  { requires: MONTH_WORD, regex: words(String.raw`${PREFIX}(?:the\s+)?(?<d>${DAY_NUMBER})\s+(?:of\s+)?(?<m>${MONTH})(?:,?\s+(?<y>${YEAR}))?`), read: dayOfMonth, needsLead: lowerMonthDay },
  // June 2028, Jun '28, June of 2028, June next year; "by June", "in March".
  // "Jan–Mar 2027", "Apr-Jul 2026": a range of months done when its last month is; its words all read, so none is left in a title.
  {
    requires: MONTH_WORD,
    regex: words(String.raw`${PREFIX}(?<m0>${MONTH})\s*(?:[-–—]|to|through|until)\s*(?<m>${MONTH})(?:${YEAR_AFTER})?`),
    read: (g, today) => inYear(g, today, (year) => monthsPeriod(year, monthNumber(g.m!), 1)),
    needsLead: noYear,
  },
  { requires: MONTH_WORD, regex: words(String.raw`${PREFIX}(?<m>${MONTH})(?:${YEAR_AFTER})?`), read: (g, today) => inYear(g, today, (year) => monthsPeriod(year, monthNumber(g.m!), 1)), needsLead: noYear },
  // 06/2028, 2028-06.
  { requires: FOUR_DIGITS, regex: words(String.raw`(?<!\d[/.-])${PREFIX}(?<m>0?[1-9]|1[0-2])[/.-](?<y>${YEAR})`), read: (g) => ({ period: monthsPeriod(Number(g.y), Number(g.m), 1), relative: false }) },
  { requires: FOUR_DIGITS, regex: words(String.raw`${PREFIX}(?<y>${YEAR})[/.-](?<m>0[1-9]|1[0-2])`), read: (g) => ({ period: monthsPeriod(Number(g.y), Number(g.m), 1), relative: false }) },
  // Q3 2027, Q3/2027, the third quarter of 2027, Q2 next year; "by Q3".
  {
    requires: QUARTER_WORD,
    regex: words(String.raw`${PREFIX}(?:the\s+)?(?:q(?<q>[1-4])|(?<qw>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:calendar\s+)?quarter)(?:\s+of)?(?:${YEAR_AFTER})?`),
    read: (g, today) => inYear(g, today, (year) => monthsPeriod(year, 3 * ((g.q ? Number(g.q) : QUARTER_WORDS[g.qw!.toLowerCase()]) - 1) + 1, 3)),
    needsLead: (g) => g.q === undefined && noYear(g),
  },
  { requires: QUARTER_WORD, regex: words(String.raw`${PREFIX}(?<y>${YEAR})\s*-?\s*q(?<q>[1-4])`), read: (g) => ({ period: monthsPeriod(Number(g.y), 3 * (Number(g.q) - 1) + 1, 3), relative: false }) },
  // H1 2028, the second half of 2027.
  {
    requires: HALF_WORD,
    regex: words(String.raw`${PREFIX}(?:the\s+)?(?:h(?<h>[12])|(?<hw>first|second|1st|2nd)\s+half)(?:\s+of)?(?:${YEAR_AFTER})?`),
    read: (g, today) => inYear(g, today, (year) => monthsPeriod(year, g.h === '2' || /^(?:second|2nd)$/i.test(g.hw ?? '') ? 7 : 1, 6)),
    needsLead: noYear,
  },
  // summer 2027, the fall of 2027, winter next year; "by summer".
  {
    requires: SEASON_WORD,
    regex: words(String.raw`${PREFIX}(?:the\s+)?(?<s>${SEASON})(?:${YEAR_AFTER})?`),
    read: (g, today) => inYear(g, today, (year) => {
      const { first, last } = seasonMonths(g.s!);
      return monthsPeriod(year, first, last - first + 1);
    }),
    needsLead: noYear,
  },
  // "by 2027", "end of 2027", "mid-2028", "in the year 2027"; a year alone only after such a word, never the first of a range.
  { requires: FOUR_DIGITS, regex: words(String.raw`${PREFIX}(?:(?:the\s+)?(?:calendar\s+)?year\s+(?:of\s+)?)?(?<y>${YEAR})(?!\s*[-–—/]\s*\d)`), read: (g) => ({ period: monthsPeriod(Number(g.y), 1, 12), relative: false }), needsLead: () => true },
  // "my 2010 goals": the year a list of goals is for.
  { requires: FOUR_DIGITS, regex: words(String.raw`(?:my|our)\s+(?<y>${YEAR})\s+(?:goals?|resolutions?|objectives?|okrs?|plans?)`), read: (g) => ({ period: monthsPeriod(Number(g.y), 1, 12), relative: false }) },
  // "the 2017-2018 school year": a school or academic year, taken to end on June 30 of its second year.
  {
    requires: FOUR_DIGITS,
    regex: words(String.raw`${PREFIX}(?:the\s+)?(?<y1>${YEAR})\s*[-–—/]\s*(?<y2>${YEAR}|\d\d)\s+(?:school|academic)\s+year`),
    read: (g) => {
      const first = Number(g.y1);
      const second = g.y2!.length === 2 ? Math.floor(first / 100) * 100 + Number(g.y2) : Number(g.y2);
      return second === first + 1 ? { period: monthsPeriod(first, 9, 10), relative: false } : undefined;
    },
  },
  // "before the new year".
  { requires: NEW_YEAR, regex: words(String.raw`${LEAD}the\s+new\s+year`), read: (_g, today) => (today ? { period: dayPeriod(formatParts(thisYear(today) + 1, 1, 1)), relative: true } : undefined), needsLead: () => true },
  // EOD: today.
  { requires: END_OF_DAY, regex: words(String.raw`${LEAD}(?:eod|end\s+of\s+(?:the\s+)?day)(?!\s+${MONTH})`), read: (_g, today) => (today ? { period: dayPeriod(today), relative: true } : undefined) },
  // EOY, year-end 2027, quarter-end.
  {
    requires: PERIOD_END,
    regex: words(String.raw`${LEAD}(?<abbr>eoy|eoq|eom|eow|year[- ]?end|quarter[- ]?end|month[- ]?end)(?:\s+(?<y>${YEAR}))?`),
    read: (g, today) => {
      const abbr = g.abbr!.toLowerCase();
      const unit = abbr.startsWith('eoy') || abbr.startsWith('year') ? 'year' : abbr === 'eoq' || abbr.startsWith('quarter') ? 'quarter' : abbr === 'eow' ? 'week' : 'month';
      if (g.y && unit === 'year') return { period: monthsPeriod(Number(g.y), 1, 12), relative: false };
      return g.y ? undefined : currentPeriod(unit, 0, today);
    },
  },
  // this year, next quarter, the end of the month, mid-year.
  {
    requires: UNIT_WORD,
    regex: words(String.raw`${PREFIX}(?:(?<rel>this|next|the current|the|current|coming)\s+)?(?:(?<cal>calendar|fiscal|financial|school|academic)\s+)?(?<unit>year|quarter|month|week)`),
    read: (g, today) => {
      const rel = g.rel?.toLowerCase();
      if (g.cal && g.cal.toLowerCase() !== 'calendar') return undefined;
      if ((rel === undefined || rel === 'the') && g.pos === undefined && g.pos2 === undefined) return undefined;
      const unit = g.unit!.toLowerCase();
      if (rel && /next|coming/.test(rel)) return currentPeriod(unit, 1, today);
      const current = currentPeriod(unit, 0, today);
      // "by mid-year" in December means next June: with no "this", a day already past is the next period's.
      if (rel === undefined && current && today && dayIn(current.period, positionOf(g.pos ?? g.pos2) ?? 'end') < today) return currentPeriod(unit, 1, today);
      return current;
    },
  },
  // in two years, within 18 months, over the next 6 weeks, in 1-2 years; "18 months" alone as a whole value.
  {
    requires: UNIT_WORD,
    // "a year or two" is a range written the other way round: it takes the longer, as "1-2 years" does.
    regex: words(String.raw`(?:(?<lead>in|within|over|inside|under|in under|in less than|in no more than|during|(?:target\s+)?timeline|time\s?frame|deadline|target)\s*:?\s+)?(?:the\s+)?(?:(?<nx>next|coming|following|first)\s+)?(?:${COUNT_RANGE}\s+)?${SPAN_UNIT}(?:['’]s?)?(?:\s+or\s+(?<n3>${COUNT_WORD})(?:\s+(?:days?|weeks?|months?|years?))?)?(?:\s+time)?${NOT_FROM_ELSEWHERE}`),
    read: span,
    // "the next 12 months" is a span on its own; "12 months" needs "in" or "within".
    needsLead: (g) => !(g.n && g.nx && /^(?:next|coming|following)$/i.test(g.nx)),
  },
  // "Short-Term Goals (6-12 months)", "(next 2 years)": a heading's horizon in brackets.
  { requires: BRACKET, regex: new RegExp(String.raw`(?<=\(\s*)(?:(?<nx>next)\s+)?${COUNT_RANGE}\s+${SPAN_UNIT}(?=\s*\))`, 'gi'), read: span },
  // "within a 30 day period", "within a time frame of 6 months", "by the end of 5 months".
  { requires: UNIT_WORD, regex: words(String.raw`(?<lead>within|in|over|during)\s+(?:a|an|the|one)\s+${COUNT_RANGE}[- ]${SPAN_UNIT}\s+(?:period|window|time\s?frame|span)${NOT_FROM_ELSEWHERE}`), read: span },
  { requires: UNIT_WORD, regex: words(String.raw`(?<lead>within|in|over)\s+(?:a|the)\s+(?:time\s?frame|timeline|period|span)\s+of\s+${COUNT_RANGE}\s+${SPAN_UNIT}${NOT_FROM_ELSEWHERE}`), read: span },
  { requires: UNIT_WORD, regex: words(String.raw`(?<lead>by|at|before)\s+the\s+end\s+of\s+(?!a\b|an\b|one\b)${COUNT_RANGE}\s+${SPAN_UNIT}${NOT_FROM_ELSEWHERE}`), read: span },
  // "(3mo)", "(6 mos)": a list item's time frame in brackets.
  { requires: BRACKET, regex: new RegExp(String.raw`(?<=\(\s*)(?<n>\d+)\s?(?<abbr>mos?|mths?|wks?|yrs?)(?=\s*\))`, 'gi'), read: span },
  // two years from now, a year from today.
  { requires: UNIT_WORD, regex: words(String.raw`${COUNT_RANGE}\s+${SPAN_UNIT}\s+from\s+(?:now|today)`), read: span },
  // "my 3-year goal", "5-year plan": the horizon the plan names.
  { requires: UNIT_WORD, regex: words(String.raw`${COUNT_RANGE}[- ]${SPAN_UNIT}[- ](?:career[- ])?(?:goals?|plans?|targets?|vision|objectives?|horizon)`), read: span },
];

/** This or a following year, quarter, month or week, as a period (needs today). */
function currentPeriod(unit: string, ahead: number, today: IsoDate | undefined): Reading | undefined {
  if (!today) return undefined;
  const [year, month] = today.split('-').map(Number);
  if (unit === 'year') return { period: monthsPeriod(year + ahead, 1, 12), relative: true };
  if (unit === 'quarter') {
    const first = addMonths(formatParts(year, 3 * Math.floor((month - 1) / 3) + 1, 1), 3 * ahead);
    return { period: monthsPeriod(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 3), relative: true };
  }
  if (unit === 'month') {
    const first = addMonths(formatParts(year, month, 1), ahead);
    return { period: monthsPeriod(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 1), relative: true };
  }
  return { period: weekOf(addDays(today, 7 * ahead)), relative: true };
}
