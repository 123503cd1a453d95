import fc from 'fast-check';
import { fromDayNumber } from '../../../../src/core/calendar/dates';

/** Any day from 2020 to 2035: before, between and after the dates the generated plans name. */
export const today: fc.Arbitrary<string> = fc.integer({ min: 18262, max: 24106 }).map(fromDayNumber);
