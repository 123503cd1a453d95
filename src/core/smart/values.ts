/**
 * Whether a goal touches any of the person's values. A goal rarely repeats a value's words, so each
 * common career value comes with the words of goals that serve it: "building teams" is served by a
 * goal to become a director, "family time" by a four-day week. A value outside these themes is
 * matched by its own words.
 */
const THEMES: readonly (readonly [value: RegExp, goal: RegExp])[] = [
  [/autonom|independen|freedom|own boss|self/, /\b(?:own|freelanc\w*|self-employed|founder|found|start\w*|launch\w*|independent|consult\w*|remote|lead\w*|head|director|principal|staff|owner|business|company|startup)\b/],
  [/family|kids|children|parent|home|time|balance|wellbeing|well-being|health|rest/, /\b(?:remote|part-time|four-day|4-day|flexible|hours?|week|local|home|balance|relocat\w*|move|freelanc\w*|own|leave|stop|less|fewer)\b/],
  [/money|wealth|income|financ|security|secure|salary|pay|earn/, /(?:\bearn\w*|\bsalary|\bpay\b|\bpaid|\braise\b|\bbonus|\bincome|\brevenue|\bprofit|\bclients?\b|\bsales\b|\bpromot\w*|\bpartner|[$£€]\s?\d|\d+k\b|\bdirector|\bvp\b|\bhead\b|\bcfo|\bcto|\bceo)/],
  [/learn|growth|grow|master|craft|curio|knowledge|skill|excellen|quality/, /\b(?:learn\w*|master\w*|course|certif\w*|exam|degree|qualif\w*|study|pass|read|bootcamp|training|skills?|expert|senior|staff|principal|craft|design\w*|build\w*|reliab\w*|quality|performance|api|code|test\w*|architect\w*|systems?|language|fluent|rust|python|kotlin|java|go)\b/],
  [/lead|team|people|mentor|coach|manag|build/, /\b(?:lead\w*|manag\w*|director|head|vp|president|executive|officer|chief|team|teams|hire|hiring|mentor\w*|coach\w*|reports|people|department|cto|ceo|partner|supervis\w*|ladder)\b/],
  [/impact|purpose|meaning|mission|help|serv|community|society|climate|environment|social|care|patient|student|teach|educat/, /\b(?:climate|health\w*|nonprofit|non-profit|charity|patients?|students?|pupils?|schools?|community|social|public|volunteer\w*|teach\w*|nurs\w*|care|impact|education|sustainab\w*|open source|mentor\w*)\b/],
  [/creativ|art|design|writ|express|make|craft/, /\b(?:design\w*|writ\w*|publish\w*|book|novel|art\w*|creative|illustrat\w*|music|film|podcast|blog|studio|draw\w*|paint\w*|pottery|ceramic\w*|photo\w*)\b/],
  [/recogni|status|prestige|influen|visib|reputation|respect/, /\b(?:promot\w*|title|director|vp|head|chief|partner|principal|staff|senior|speak\w*|talk|conference|publish\w*|award|expert|fellow|board|keynote)\b/],
  [/stabil|secur|steady|predictab/, /\b(?:permanent|contract|salary|employ\w*|tenure|qualif\w*|licen[cs]e|certif\w*|chartered|registered)\b/],
  [/flexib|remote|travel|adventure|abroad|location|nomad/, /\b(?:remote|relocat\w*|move|abroad|travel\w*|freelanc\w*|international|berlin|london|lisbon|tokyo|paris|overseas|flexible)\b/],
  [/innovat|technolog|tech|build|ship|engineer/, /\b(?:ship\w*|launch\w*|build\w*|engineer\w*|tech\w*|software|api|platform|product|startup|ai|data|code)\b/],
];

const STOP = new Set(['and', 'the', 'a', 'an', 'of', 'to', 'in', 'for', 'with', 'my', 'time', 'new', 'good', 'more']);

/** "teaching" → "teach", "teams" → "team": enough to find a value's own words in a goal. */
const stem = (word: string) => word.replace(/(?:ing|ed|ers?|ments?|ions?|s)$/, '');

export function goalTouchesValue(goal: string, value: string): boolean {
  const goalText = goal.toLowerCase();
  const valueText = value.toLowerCase();
  const own = valueText.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !STOP.has(word)).map(stem);
  if (own.some((word) => word.length >= 3 && new RegExp(`\\b${word}`).test(goalText))) return true;
  return THEMES.some(([theme, served]) => theme.test(valueText) && served.test(goalText));
}
