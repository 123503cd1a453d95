/** Names a plan element by its path: `goal`, `steps[1]`, `gaps[0].actions[2]`. */
export function subjectOf(path: readonly PropertyKey[]): string {
  let subject = '';
  for (const segment of path) {
    if (typeof segment === 'number') subject += `[${segment}]`;
    else subject += subject ? `.${String(segment)}` : String(segment);
  }
  return subject;
}
