// Undo steps registered as resources are acquired, run last-in first-out on every way out
// (success, failure, timeout, signal), so no server, browser or temp folder outlives the run.

type Step = () => unknown;

const steps: Step[] = [];

export function onCleanup(step: Step): void {
  steps.push(step);
}

/** Runs every step once; one failing step does not stop the others. */
export async function cleanup(): Promise<void> {
  for (let step = steps.pop(); step; step = steps.pop()) {
    try {
      await step();
    } catch (error) {
      console.error('integration: cleanup step failed:', error);
    }
  }
}
