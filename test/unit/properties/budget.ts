/**
 * How many cases `npm test` runs: 10,000 over the parser and linter properties, with a fixed seed
 * so a run is repeatable (fast-check prints the seed and the path of any failure, and
 * `npm run fuzz -- --seed N` replays it). `CAREER_PLAN_PROPERTY_RUNS` scales it for a quick or a
 * long local run, `CAREER_PLAN_PROPERTY_SEED` explores other inputs (the edit properties too).
 */
export const PROPERTY_RUNS = Number(process.env.CAREER_PLAN_PROPERTY_RUNS ?? 10_000);
export const PROPERTY_SEED = Number(process.env.CAREER_PLAN_PROPERTY_SEED ?? 20_260_515);

/** Random plans per edit operation (twelve of them, plus the linter's fixes at twice that). */
export const EDIT_RUNS_PER_OPERATION = Number(process.env.CAREER_PLAN_EDIT_RUNS ?? 150);
