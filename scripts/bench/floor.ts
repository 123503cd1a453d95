import { lint as markdownlint } from 'markdownlint/sync';
import { parse, postprocess, preprocess } from 'micromark';

/** The floor: micromark (plain CommonMark) tokenizing the whole file, as every Markdown tool must. */
export function tokenize(text: string): number {
  return postprocess(parse().document().write(preprocess()(text, undefined, true))).length;
}

/** The peer: markdownlint's synchronous API with its default rules, what a user would otherwise run. */
export function markdownlintSync(text: string): number {
  return markdownlint({ strings: { plan: text } }).plan.length;
}
