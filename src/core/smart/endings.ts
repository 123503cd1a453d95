/** Endings of adjectives and nouns: a word with one that starts a goal is not its verb, unless known as a verb. */
export const NOUN_OR_ADJECTIVE_ENDING = /(?:ant|ent|ence|ance|ive|al|ful|ous|ic|able|ible|ary|ness|ment|tion|sion|ity|ship|ism|ist)$/;
