/**
 * Finds the deadlines, time frames and recurrences a person writes into a goal in their own words:
 * "by June 2026", "in Q3", "within 12 months", "over the next three months", "by the time I turn
 * 30", "before my next review", "every morning", "two papers a week".
 *
 * Hand-written patterns rather than a date-parsing library: a goal's time words are mostly periods,
 * spans, recurrences and personal milestones that date parsers do not read (quarters, fiscal years,
 * seasons, ages, "before my next review"), while a general parser reads durations that belong to
 * what is measured ("from 6 weeks to 3 weeks", "80 words per minute") as dates. Every pattern needs
 * a word that makes it a time frame (a preposition, "this"/"next", "every"), so names like "Summer
 * Inc." or "Spring Health" and numbers like "a 36-hour week" or "my 2019 project" are not read as one.
 */
import { DAY_NUMBER, MONTH, SEASON, SMALL_NUMBER, YEAR } from '../calendar/dateWords';

export type DeadlineKind = 'date' | 'period' | 'span' | 'recurrence' | 'milestone';

export interface TimeExpression {
  readonly kind: DeadlineKind;
  /** Offsets into the text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Full month names that, capitalised in the middle of a sentence, can only be a month ("May" could be the verb). */
const MONTH_CAPITALISED = String.raw`(?:January|February|March|April|June|July|August|September|October|November|December)`;
const HOLIDAY = String.raw`(?:(?:the\s+)?(?:christmas|winter|summer|spring|easter|holiday|thanksgiving|mid-term|half-term)\s+(?:break|holidays|vacation|recess)|christmas|xmas|easter|thanksgiving|(?:the\s+)?new year(?:'s)?|the holidays|the summer holidays|diwali|ramadan|eid|hanukkah|lunar new year)`;
const SHORT_YEAR = String.raw`(?:'\d\d)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const UNIT = String.raw`(?:day|week|fortnight|month|quarter|year|semester|term|trimester|sprint|decade)`;
/** A count, or a range of them: "6-8", "2 to 3", "three or four". */
const COUNT = String.raw`(?:\d+(?:\.\d+)?\s*(?:-|–|—|to|or)\s*\d+(?:\.\d+)?|${SMALL_NUMBER}\s+(?:to|or)\s+${SMALL_NUMBER}|\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-four|thirty|thirty-six|forty|forty-eight|fifty|sixty|ninety|a few|a couple of|couple of|few|several|one and a half|a half|half a)`;
const NAMED_PERIOD = String.raw`(?:(?:school|academic|financial|fiscal|calendar|tax) year|(?:fiscal|financial|calendar) (?:quarter|half|month)|(?:school|work|working) week|workweek|grading period|marking period|half|half-year|weekend|morning|evening|season|intake|cohort|cycle|window|quarter|semester|term|sprint|year|month|week|day)`;
/** Words that turn a month, season or year into a time frame. */
const TIME_PREPOSITION = String.raw`(?:by|before|until|till|til|in|during|from|since|after|for|over|through|throughout|of|on|around|across|starting|ahead of|no later than|not later than|prior to|in time for|end of|beginning of|start of|middle of|early|mid|late|mid-)`;
/** What someone is enrolled in or bound by: "by the end of my internship", "before my contract ends". */
const PROGRAMME = String.raw`(?:internship|placement|fellowship|preceptorship|apprenticeship|practicum|assignment|secondment|orientation|contract|program|programme|course|training|degree|studies|inspection|visit)`;
const EVENT = String.raw`(?:review|appraisal|evaluation|assessment|offsite|off-site|all-hands|meeting|survey|deadline|intake|window|term|semester|renewal|graduation|exams?|launch|conference|retreat|planning|cycle|probation|anniversary|birthday|wedding|retirement|notice|release|kickoff|kick-off|summit|audit|rotation|residency|round|calibration|check-in|one-on-one|1:1|${PROGRAMME})`;

interface Pattern {
  readonly kind: DeadlineKind;
  readonly regex: RegExp;
  /** Rejects a match on what surrounds it. */
  readonly unless?: (text: string, start: number, end: number) => boolean;
}

const words = (source: string, flags = 'gi') => new RegExp(String.raw`(?<![\w-])(?:${source})(?![\w-])`, flags);

/** A capitalised season followed by a capitalised word is a name ("Spring Health"), unless the word is a year. */
const beforeProperName = (text: string, start: number, end: number) => /(?:Spring|Summer|Autumn|Fall|Winter)$/.test(text.slice(start, end)) && /^\s+(?!(?:19|20)\d\d)[A-Z]/.test(text.slice(end));
/**
 * "a job paying $90,000 a year", "a salary of £40k a year": a pay level that is part of what is measured,
 * not a recurrence. An amount one earns, saves or brings in each period ("save £400 a month", "earn $4,000
 * per month") is a cadence like "two papers a week": other people read it so, every time.
 */
const afterPayLevel = (text: string, start: number) =>
  /\b(?:pay|pays|paying|paid|salary|wage|wages|income|revenue|rent|from|to)\s+(?:of\s+)?(?:(?:at least|over|around|about|above|up to)\s+)?(?:[$£€¥]\s?[\d.,]+\s?(?:[kKmM]\b)?|\d[\d.,]*\s?(?:k|m|dollars|pounds|euros|usd|gbp|eur)\b)\s*(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 50), start));
/** "compared to last quarter", "than last year": a baseline to measure against, not a deadline. */
const afterBaseline = (text: string, start: number) => /(?:compared (?:to|with)|than|versus|vs\.?|over|relative to|since)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 20), start));
/** "monthly revenue", "weekly active users": the cadence qualifies a metric ("monthly sales targets" are set each month). */
const METRIC_AFTER_CADENCE = /^\s+(?:recurring\s+|active\s+|gross\s+|net\s+)*(?!\w+\s+(?:targets?|goals?|quotas?)\b)(?:revenue|sales|income|earnings|profit|turnover|budget|spend|users|visitors|visits|traffic|downloads|subscribers|readers|views|output|volume|average|rates?|quota|salary|pay|wage|rent|retainer|billings?|bookings?|churn|burn|active|recurring)\b/i;
/** "today's market", "tomorrow's leaders": a time word owning a noun describes it and sets no date. */
const possessive = (text: string, end: number) => /^['’]s\b/.test(text.slice(end));
/** "At the end of the day, I want to…": "in the end", not an evening. */
const idiomaticEndOfDay = (text: string, start: number, end: number) => /^(?:the\s+)?end of the day$/i.test(text.slice(start, end)) && /\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 8), start));
/** "education on fall prevention", "the risk of fall injuries": a fall, not autumn. */
const aFall = (text: string, end: number) => /fall$/i.test(text.slice(end - 4, end)) && /^\s+(?:prevention|risks?|rates?|injur(?:y|ies)|precautions?|assessments?|protocols?|reduction|management|incidents?|events?|alarms?|bundles?|scores?|screening)\b/i.test(text.slice(end));
/**
 * "the first year students", "write a term paper", "lead a sprint retrospective", "a week of training":
 * a period followed by a noun, or by "of", names a kind of thing or a length, not when.
 */
const beforeNoun = (text: string, end: number, ofIsLength = false) => {
  const next = /^[ \t]+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end))?.[1].toLowerCase();
  if (next === 'of') return ofIsLength;
  // "4 hours a week studying Go", "a week ahead", "twice a month sharply": a verb or an adverb does not make it a kind of thing.
  return next !== undefined && !NOT_A_NOUN.has(next) && !/(?:ly|ing)$/.test(next);
};
/** Words that can follow a time frame without being a noun it qualifies. */
const NOT_A_NOUN = new Set(['and', 'or', 'but', 'then', 'so', 'to', 'in', 'on', 'at', 'for', 'by', 'as', 'from', 'with', 'into', 'until', 'till', 'during', 'through', 'throughout', 'over', 'after', 'before', 'while', 'when', 'since', 'i', 'we', 'you', 'they', 'he', 'she', 'it', 'my', 'our', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'where', 'is', 'are', 'was', 'will', 'can', 'should', 'would', 'could', 'must', 'minimum', 'maximum', 'max', 'min', 'each', 'every', 'per', 'about', 'across', 'via', 'including', 'without', 'going', 'forward', 'onwards', 'out', 'off', 'ahead', 'long', 'alone', 'too', 'again', 'more', 'less', 'least', 'most', 'instead', 'etc', 'even', 'only', 'both', 'either', 'ends', 'finishes', 'expires', 'closes', 'begins', 'starts', 'wraps', 'runs']);
/** A perfect or past tense earlier in the same clause: "I have been…", "I've worked…", "I was…". */
const PAST_BEFORE = /\b(?:have|has|had|i've|i’ve|we've|we’ve|was|were)\s+(?:\w+\s+){0,2}?(?:been|worked|served|taught|practi[sc]ed|held|lived|studied)\b(?!\s+to\b)[^.;:!?]*$/i;
const atSentenceStart = (text: string, start: number) => {
  const before = text.slice(Math.max(0, start - 4), start);
  return /[.!?]\s*$/.test(before) || (start <= 4 && /^\s*$/.test(before));
};

const PATTERNS: readonly Pattern[] = [
  // Calendar dates written out.
  { kind: 'date', regex: words(String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4}`) },
  { kind: 'date', regex: words(String.raw`${MONTH}\s+${DAY_NUMBER}(?:,?\s+${YEAR})?|${DAY_NUMBER}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?|${MONTH},?\s+(?:${YEAR}|${SHORT_YEAR})`) },
  { kind: 'date', regex: words(String.raw`${TIME_PREPOSITION}\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?${MONTH}`) },
  { kind: 'date', regex: words(String.raw`(?:this|next|last|coming)\s+${MONTH}`) },
  { kind: 'date', regex: new RegExp(String.raw`(?<![\w-])${MONTH_CAPITALISED}(?![\w-])`, 'g'), unless: atSentenceStart },
  { kind: 'date', regex: words(String.raw`(?:by|before|until|till|on|this|next|coming)\s+${WEEKDAY}|today|tomorrow|tonight|end of (?:the )?day|eod|eow|eom|eoq|eoy|ytd`), unless: (text, start, end) => possessive(text, end) || idiomaticEndOfDay(text, start, end) },
  // Years, quarters, halves and fiscal years.
  // Not "from 2000 to 3500" followers: a range whose end is no year is a count.
  { kind: 'period', regex: words(String.raw`${TIME_PREPOSITION}\s+(?:the\s+(?:year|summer|spring|autumn|fall|winter|end|start)\s+(?:of\s+)?)?${YEAR}(?:\s*[-/–]\s*(?:${YEAR}|\d\d))?`), unless: (text, _start, end) => /^\s*(?:to|-|–)\s*(?:[3-9]\d{3}|\d{5,}|\d{1,3}(?!\d))/.test(text.slice(end)) && !/^\s*(?:to|-|–)\s*\d{2}\b/.test(text.slice(end)) },
  {
    kind: 'period',
    regex: words(String.raw`(?:q[1-4]|h[12]|[1-4](?:st|nd|rd|th)\s+quarter|(?:first|second|third|fourth|last)\s+quarter|(?:first|second)\s+half)(?:\s+(?:of\s+)?(?:${YEAR}|fy\s?\d{2,4}))?`),
    unless: (text, start, end) => afterBaseline(text, start) || (/^h/i.test(text.slice(start, end)) && !/\d{2}|^\s+(?:19|20)\d\d/.test(text.slice(start, end + 5)) && !/(?:by|in|for|during|of|before|until|end of)\s+(?:the\s+)?$/i.test(text.slice(0, start))),
  },
  // "the 2026–2027 school year", "my 2010 goals", "by the end of the 2nd term", "throughout the year".
  { kind: 'period', regex: words(String.raw`(?:(?:the|this|our|my)\s+)?${YEAR}(?:\s*[-–—/]\s*(?:${YEAR}|\d\d))?\s+(?:school|academic|fiscal|financial|calendar)\s+year|(?:the|this|our|my)\s+${YEAR}\s*[-–—/]\s*(?:${YEAR}|\d\d)\s+year|(?:my|our|the)\s+${YEAR}\s+(?:[\w-]+\s+)?(?:goals?|resolutions?|objectives?|okrs?|plans?)|(?:the|this|my|our)\s+${YEAR}\s+(?:[\w-]+\s+)?(?:cycle|season|intake)|(?:my|our)\s+(?:annual|yearly)\s+(?:goals?|targets?|resolutions?)|${TIME_PREPOSITION}\s+(?:fiscal|financial)\s+${YEAR}`) },
  { kind: 'period', regex: words(String.raw`(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:first|second|third|fourth|fifth|sixth|final|last|\d(?:st|nd|rd|th))\s+(?:${NAMED_PERIOD}|${UNIT}|rotation|placement)|throughout\s+(?:the|this|my|our)\s+(?:(?:school|academic|fiscal)\s+)?(?:year|semester|term|quarter|month)|all\s+year(?:\s+long)?`) },
  { kind: 'period', regex: words(String.raw`(?:in|during|within|by the end of|by|before|until|over)\s+(?:my|the|our)\s+(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th)|final|senior|junior|sophomore|freshman)\s+(?:\d+\s+)?${UNIT}s?|the\s+first\s+(?:year|month|quarter|week|semester|${COUNT}\s+days)`), unless: (text, _start, end) => beforeNoun(text, end) },
  { kind: 'period', regex: words(String.raw`(?:the\s+)?(?:course|rest|remainder|duration)\s+of\s+(?:the\s+|this\s+|my\s+|our\s+)?${NAMED_PERIOD}|(?:during|throughout|over|for|in|within)\s+(?:the|this|my|our)\s+(?:school|academic|fiscal|financial|calendar|tax)\s+year`) },
  { kind: 'period', regex: words(String.raw`(?:mid|early|late)-${YEAR}|(?:before|by)\s+the\s+(?:year|month|quarter|week|summer|semester|term)\s+is\s+(?:out|over|up|done)`) },
  { kind: 'period', regex: words(String.raw`fy\s?'?\d{2}(?:\d{2})?(?:\s*[-/]\s*\d{2,4})?`) },
  { kind: 'period', regex: words(String.raw`(?:${TIME_PREPOSITION}|this|next|last|coming)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)?${SEASON}(?:'s)?(?:\s+(?:of\s+)?${YEAR})?`), unless: (text, start, end) => beforeProperName(text, start, end) || aFall(text, end) },
  { kind: 'period', regex: words(String.raw`${SEASON}\s+${YEAR}`) },
  { kind: 'period', regex: words(String.raw`(?:by|before|until|till|after|over|for|at|around|in time for)\s+${HOLIDAY}`) },
  { kind: 'period', regex: words(String.raw`(?:this|next|the coming|the following|the current|the upcoming|following|coming)\s+${NAMED_PERIOD}`) },
  { kind: 'period', regex: words(String.raw`(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+|this\s+|next\s+|my\s+|our\s+)?(?:${NAMED_PERIOD}|q[1-4]|h[12]|fy\s?\d{2,4})|year(?:['’]s)?[- ]end|end[- ]of[- ]year|mid[- ]year|half[- ]year|end of (?:the )?(?:financial|fiscal|school|academic) year`), unless: idiomaticEndOfDay },
  // Spans counted from now.
  {
    kind: 'span',
    regex: words(String.raw`(?:in|within|over|during|for|inside|under|in under|in less than|in no more than|within the next|in the next|over the next|for the next|during the next|in the coming|over the coming|within the coming|in the following|over the following)\s+(?:(?:at least|at most|up to|no more than)\s+)?(?:the\s+)?(?:next\s+|coming\s+|following\s+|first\s+|last\s+)?(?:${COUNT}\s+)?${UNIT}s?(?:'|'s)?(?:\s+time)?`),
    unless: (text, start, end) => {
      const match = text.slice(start, end).toLowerCase();
      // "pupils in year 10", "the plan for week 3": a unit with a number after it and nothing before it is a label ("in year two of my degree" is not).
      if (/^\S+\s+\p{L}+$/u.test(match) && /^\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b(?!\s+of\b)/i.test(text.slice(end))) return true;
      // "in the coming years" has no end; "for a 36-hour week", "in a day's work" are not frames.
      if (/\b(?:years|months|weeks|days|terms|quarters|semesters|sprints|trimesters|fortnights)\b/.test(match) && !/\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|few|couple|several|half)\b/.test(match)) return true;
      // "I have worked as a nurse for 10 years": how long something has gone on, not how long the goal may take.
      return /^for\s/.test(match) && PAST_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    },
  },
  // "within 3 months of finishing my course"; "two years of nursing experience" is a length, not a deadline.
  { kind: 'span', regex: words(String.raw`${COUNT}\s+${UNIT}s?\s+(?:from now|from today|from here|out|of (?:starting|joining|finishing|graduating|[a-z]+ing)\b)`), unless: (text, start, end) => /\bof\s+\S+$/.test(text.slice(start, end)) && !/\b(?:within|in|inside|under|before|after)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) },
  { kind: 'span', regex: words(String.raw`(?:next|first|coming)\s+${COUNT}\s+${UNIT}s?`) },
  // "(3mo)", "within a 30-day period", "within a time frame of 6 months", "by the end of 5 months", "on my two-week placement".
  { kind: 'span', regex: words(String.raw`\d+\s?(?:mo|mos|mth|mths|wk|wks|yr|yrs)`) },
  { kind: 'span', regex: words(String.raw`(?:within|in|over|during|for)\s+(?:a|an|the|one)\s+(?:${COUNT}[- ]${UNIT}\s+(?:period|window|time ?frame|timeline|span)|(?:time ?frame|timeline|period|span)\s+of\s+${COUNT}\s+${UNIT}s?)|(?:the\s+)?end\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+${UNIT}s`) },
  { kind: 'span', regex: words(String.raw`(?:on|during|in|throughout|whilst on|while on|over)\s+(?:my|the|this|a|our)\s+${COUNT}[- ]${UNIT}\s+(?:[\w-]+\s+){0,2}?(?:placement|rotation|internship|residency|course|programme|program|practicum|assignment|secondment|fellowship|term|semester|block)`) },
  // Recurrences.
  { kind: 'recurrence', regex: words(String.raw`(?:every|each|once a|twice a|(?:once|twice|${COUNT} times?)\s+(?:a|per|every|each))\s+(?:other\s+|single\s+|working\s+)?(?:${COUNT}\s+)?(?:${UNIT}s?|hours?|${WEEKDAY}s?|morning|evening|night|weekday|weekend|workday|business day|working day|school day|shift|session|release|cycle|iteration|lesson|class|semester|term|season)`) },
  { kind: 'recurrence', regex: words(String.raw`(?:a|per)\s+(?:${UNIT}|working day|weekday|weekend|shift)`), unless: (text, start, end) => afterPayLevel(text, start) || !/\w/.test(text.slice(Math.max(0, start - 2), start - 1)) || beforeNoun(text, end, true) },
  { kind: 'recurrence', regex: words(String.raw`(?:on\s+)?${WEEKDAY}s|on weekdays|on weekends|at weekends`) },
  { kind: 'recurrence', regex: words(String.raw`(?:\d+(?:\s*[-–]\s*\d+)?\s*(?:x|times)|once|twice)\s*(?:\/\s*|\s)(?:${UNIT}|wk|mo|yr)`) },
  // Shorthands of a cadence: "10 routes/month", "2 hours weekdays". Not a rate after a number or a unit
  // ("7,000/month", "3 hours / week", "per hour/day"): that is part of what is measured.
  { kind: 'recurrence', regex: new RegExp(String.raw`(?<=\p{L})(?<!(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?))\/\s*(?:day|week|wk|month|mo|year|yr)(?![\w-])|(?<![\w-])(?:hours?|hrs?|mins?|minutes?)\s+(?:on\s+)?(?:weekdays|weekends)(?![\w-])`, 'giu') },
  // A cadence is time-bound however it is worded ("weekly one-on-ones", "meet weekly"), unless it only qualifies what is measured ("monthly revenue").
  { kind: 'recurrence', regex: words(String.raw`daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biweekly|bi-weekly|bimonthly|bi-monthly|semi-monthly|semi-annually|twice-yearly`), unless: (text, _start, end) => METRIC_AFTER_CADENCE.test(text.slice(end)) || afterPayLevel(text, _start) || /^\s+(?:living|life|lives)\b/i.test(text.slice(end)) },
  // "I want 2027 to be the year I…", "2027 is going to be a year of…", "this is the year that I will…", "end 2026 earning…".
  { kind: 'period', regex: words(String.raw`${YEAR}\s+(?:to be|is going to be|will be|is|be)\s+(?:the|a|my)\s+year|this is the year|(?:to\s+)?end\s+${YEAR}`) },
  // "before each test", "after every shift": a cadence of events.
  { kind: 'recurrence', regex: words(String.raw`(?:before|after|at the (?:end|start) of)\s+(?:each|every)\s+[a-z]+|\d+\s?x\s?(?:daily|weekly|monthly)`) },
  // "Earn $100 my first month blogging": the first month or year of something, with no preposition.
  { kind: 'period', regex: words(String.raw`(?:my|our)\s+first\s+(?:month|year|week|quarter|semester|term)`), unless: (text, _start, end) => beforeNoun(text, end) },
  // "for the whole month", "throughout the entire year", "before the year ends", "by mid-October", "over the next 30D".
  { kind: 'period', regex: words(String.raw`(?:for|throughout|during|over|all)\s+(?:the|this|that)\s+(?:whole|entire)\s+(?:year|month|week|quarter|semester|term|season)|before\s+the\s+(?:year|month|quarter|week|semester|term)\s+ends|(?:by|before|in|until|around|from)\s+(?:mid|early|late)-?\s?${MONTH}|(?:next|coming)\s+\d+\s?[dDwW](?![\w-])|(?:this|next|the coming|the following|the upcoming|coming)\s+[\w-]+\s+season|(?:for|throughout)\s+(?:my|the|our)\s+(?:first|second|third|fourth|final|senior|junior|sophomore|freshman)\s+(?:year|semester|term)`) },
  // "Thursday nights", "Monday through Friday", "everyday" (a cadence, unless it describes a noun: "everyday tasks").
  { kind: 'recurrence', regex: words(String.raw`${WEEKDAY}\s+(?:nights|mornings|evenings|afternoons)|${WEEKDAY}\s+(?:through|to|thru|-|–)\s+${WEEKDAY}`) },
  { kind: 'recurrence', regex: words(String.raw`everyday`), unless: (text, _start, end) => beforeNoun(text, end) },
  // Ages and personal milestones.
  { kind: 'milestone', regex: words(String.raw`(?:by|before|at|until|till|around|when I(?:'m| am| turn))\s+(?:the\s+)?(?:age\s+(?:of\s+)?)\d{2}|(?:by|before|until)\s+(?:I(?:'m| am)|I turn|turning|the time I(?:'m| am| turn| reach)|my)\s+\d{2}(?:th)?(?:\s+birthday)?`) },
  // "by 45", but not "by 51.25 percent".
  { kind: 'milestone', regex: words(String.raw`(?:by|before)\s+\d{2}`), unless: (text, _start, end) => !/^\s*(?:[.,;:!?)]|$|and\b)/.test(text.slice(end)) || /^[.,]\d/.test(text.slice(end)) || Number(/\d{2}/.exec(text.slice(_start, end))![0]) < 18 },
  // "taught by the course instructors", "signed off by the training lead": a programme followed by a noun names who, not when.
  { kind: 'milestone', regex: words(String.raw`(?:by|before|until|till|ahead of|in time for|no later than|prior to)\s+(?:my|our|the|this|next|his|her|their)\s+(?:[\w'-]+\s+){0,3}?${EVENT}s?`), unless: (text, start, end) => new RegExp(String.raw`${PROGRAMME}s?$`, 'i').test(text.slice(start, end)) && beforeNoun(text, end) },
  { kind: 'milestone', regex: words(String.raw`(?:by|before|until|till|ahead of|in time for|no later than|prior to)\s+(?:graduation|graduating|retirement|retiring)`) },
  // "at KubeCon Europe 2027", "attend DevOpsDays 2027": an event's edition. Not "to SQL Server 2019", a product's version.
  // Only the year is the time frame: the event's name and the verb are what the goal names and does.
  { kind: 'milestone', regex: new RegExp(String.raw`(?<=(?<![\w-])(?:at|during|[Aa]ttend|[Aa]ttending|[Ss]peak at|[Pp]resent at|[Ee]xhibit at|[Gg]o to)\s+(?:the\s+)?(?:[A-Z][\w&.+-]*\s+){1,4})${YEAR}(?![\w-])`, 'g') },
  // "My 5-year goal is to…": the goal's own horizon. "Write a 5-year plan" makes a plan.
  { kind: 'span', regex: words(String.raw`(?:my|our)\s+(?:${COUNT}|\d+)[- ](?:year|month|week)\s+(?:career\s+)?(?:goals?|plan|objectives?|targets?|vision)`) },
  { kind: 'milestone', regex: words(String.raw`(?:at|in)\s+(?:my|our|the|this)\s+(?:next|upcoming|coming|annual|yearly|end-of-year|mid-year|first)\s+(?:[\w'-]+\s+){0,2}?${EVENT}s?`) },
  { kind: 'milestone', regex: words(String.raw`(?:before|until|till|by the time|by when|ahead of when)\s+(?:I|we)(?:'m|'ve|'ll| am| have| will)?\s+[a-z]+`) },
  { kind: 'milestone', regex: words(String.raw`by the time\s+(?:[\w'’-]+\s+){1,3}?(?:starts?|begins?|ends?|finishes|turns?|graduates?|opens?|arrives?|retires?)`) },
  // A date with no year after "by": "by 4/30" (a day of ten or more, so "cut waste by 2/3" stays a share); a month and year, "1/2027".
  { kind: 'date', regex: words(String.raw`(?:by|before|until|till|no later than)\s+(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01])(?!\/)|(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?!\/)`) },
  // A label that opens the goal: "2026 — lead the platform team", "Mid-March: race the gravel event", "Summer: a bike tour".
  { kind: 'period', regex: new RegExp(String.raw`^\s*(?:${YEAR}|(?:(?:early|mid|late)[- ])?(?:${SEASON}|${MONTH}))(?:\s+goals?)?\s*[:—–-]\s`, 'gi') },
];

/** Every time expression in a text, in order, overlapping matches merged. */
export function findTimeExpressions(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        pattern.regex.lastIndex++;
        continue;
      }
      if (pattern.unless?.(text, start, end)) continue;
      found.push({ kind: pattern.kind, start, end, text: match[0] });
    }
  }
  return merge(found.sort((a, b) => a.start - b.start || b.end - a.end));
}

function merge(sorted: readonly TimeExpression[]): TimeExpression[] {
  const merged: TimeExpression[] = [];
  for (const expression of sorted) {
    const last = merged.at(-1);
    if (last && expression.start < last.end) {
      if (expression.end > last.end) merged[merged.length - 1] = { ...last, end: expression.end, text: last.text + expression.text.slice(last.end - expression.start) };
      continue;
    }
    merged.push(expression);
  }
  return merged;
}

/** Words that sound like a time frame but set none. */
const VAGUE_HORIZON = words(String.raw`someday|some day|one day|eventually|soon|sooner or later|at some point|sometime|some time|in the (?:long|short|medium) (?:run|term)|in the future|in future|down the (?:line|road)|in time|in due course|when I can|when possible|asap|as soon as possible|in the coming years|over the years|one of these days|later`);

/** The vague horizons in a text ("someday", "eventually"), to name them in a message. */
export function findVagueHorizons(text: string): TimeExpression[] {
  VAGUE_HORIZON.lastIndex = 0;
  return [...text.matchAll(VAGUE_HORIZON)].map((match) => ({ kind: 'period' as const, start: match.index, end: match.index + match[0].length, text: match[0] }));
}
