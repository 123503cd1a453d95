import type { Context } from '../aliases';

/** How a key's value is written, which decides what typing the key inserts. */
export type ValueShape = 'text' | 'date' | 'list' | 'mapping' | 'word';

export interface KeyInfo {
  readonly key: string;
  readonly shape: ValueShape;
  /** One sentence for the completion list. */
  readonly doc: string;
}

/** The keys of each kind of mapping, in the order a plan usually writes them. */
export const KEYS: Partial<Record<Context, readonly KeyInfo[]>> = {
  plan: [
    { key: 'goal', shape: 'text', doc: 'Where you want your career to be in the long run, in one sentence.' },
    { key: 'target', shape: 'date', doc: 'The day by which you mean to reach the goal.' },
    { key: 'values', shape: 'list', doc: 'What matters to you in work; the goal should serve at least one of them.' },
    { key: 'review', shape: 'mapping', doc: 'How often you look at the plan again (`every`) and when you last did (`last`).' },
    { key: 'steps', shape: 'list', doc: 'The roles or milestones on the way to the goal, in order, each with a target date.' },
    { key: 'gaps', shape: 'list', doc: 'Skills and experience to build, the most significant first.' },
    { key: 'moments', shape: 'list', doc: 'Key career moments ahead: reviews, interviews, offers, negotiations.' },
    { key: 'companies', shape: 'list', doc: 'Companies you would like to work for, with your connections and motivation there.' },
    { key: 'lint', shape: 'mapping', doc: 'Rule settings for this file: a rule id or name, then error, warning, info or off.' },
  ],
  step: [
    { key: 'title', shape: 'text', doc: 'The role, level or milestone.' },
    { key: 'target', shape: 'date', doc: 'The day you mean to reach it by.' },
    { key: 'done', shape: 'date', doc: 'The day you reached it, or true when you do not know the day.' },
    { key: 'actions', shape: 'list', doc: 'What you will do to get there.' },
    { key: 'notes', shape: 'text', doc: 'Anything else worth keeping with the step.' },
  ],
  gap: [
    { key: 'title', shape: 'text', doc: 'The skill or experience you lack.' },
    { key: 'status', shape: 'word', doc: 'open, active (being worked on now) or closed.' },
    { key: 'blocks', shape: 'text', doc: 'The step this gap stands in front of: its title or its number (1 is the first).' },
    { key: 'actions', shape: 'list', doc: 'How you will close the gap.' },
    { key: 'notes', shape: 'text', doc: 'Anything else worth keeping with the gap.' },
  ],
  action: [
    { key: 'title', shape: 'text', doc: 'What to do.' },
    { key: 'due', shape: 'date', doc: 'The day it should be done by.' },
    { key: 'done', shape: 'date', doc: 'true, or the day it was done.' },
  ],
  moment: [
    { key: 'title', shape: 'text', doc: 'What happens: a review, an interview, an offer, a negotiation.' },
    { key: 'date', shape: 'date', doc: 'The day it happens.' },
    { key: 'kind', shape: 'word', doc: 'review, interview, offer, negotiation, conversation, presentation or other; guessed from the title when left out.' },
    { key: 'prep', shape: 'list', doc: 'Your preparation notes.' },
    { key: 'actions', shape: 'list', doc: 'Preparation tasks to tick off.' },
  ],
  company: [
    { key: 'name', shape: 'text', doc: 'The company.' },
    { key: 'priority', shape: 'word', doc: 'high, medium or low: how much you want to work there.' },
    { key: 'connections', shape: 'list', doc: 'People you know there, such as former colleagues.' },
    { key: 'motivation', shape: 'text', doc: 'Why this company.' },
    { key: 'postings', shape: 'list', doc: 'Open roles there that fit your next step.' },
    { key: 'notes', shape: 'text', doc: 'Anything else worth keeping about the company.' },
  ],
  review: [
    { key: 'every', shape: 'text', doc: 'How often: "3 months", "6 weeks", "monthly", "quarterly"…' },
    { key: 'last', shape: 'date', doc: 'The day of your last review of the plan.' },
  ],
};
