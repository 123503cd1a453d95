import { InvariantError } from '../invariants';
import { checkEdit } from './checkEdit';
import { editOperations, type EditOperation } from './operations';
import { snapshot } from './snapshot';

export type Outcome = 'applied' | 'nothingToDo';

/**
 * One edit operation on one plan: no edit where there is nothing to do, the promised change where
 * there is (see checkEdit), and nothing more when applied a second time.
 */
export function checkOperation<A>(operation: EditOperation<A>, text: string, args: A): Outcome {
  const before = snapshot(text);
  const edits = operation.run(before.parsed, args);
  const expected = operation.expect(before, args);
  if (!expected) {
    if (edits.length > 0) throw new InvariantError(`${operation.name} edited a plan it had nothing to do in: ${JSON.stringify(edits)}`);
    return 'nothingToDo';
  }
  if (edits.length === 0) throw new InvariantError(`${operation.name} made no edit, yet the frontmatter should become ${JSON.stringify(expected.data)}`);
  const after = checkEdit(before, edits, expected, operation.name);
  if (after !== before && !operation.expect(after, args)) {
    const again = operation.run(after.parsed, args);
    if (again.length > 0) throw new InvariantError(`${operation.name} applied twice edits again: ${JSON.stringify(again)}`);
  }
  return 'applied';
}

export function operationNamed(name: string): EditOperation<unknown> {
  const operation = editOperations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`no edit operation ${name}`);
  return operation as EditOperation<unknown>;
}
