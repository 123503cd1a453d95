import * as vscode from 'vscode';
import { checkIsoDate, daysBetween, localToday, type IsoDate } from '../../core/calendar/dates';

/**
 * The calendar day the editor judges plans on, and an event when it changes at midnight. Tests pin
 * the day with the CAREER_PLAN_TODAY environment variable (YYYY-MM-DD), as the CLI's --today does.
 */
export class Clock implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<IsoDate>();
  readonly onDidChangeDay = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: IsoDate;

  constructor(private readonly pinned = pinnedToday()) {
    this.current = this.pinned ?? localToday();
    this.schedule();
  }

  today(): IsoDate {
    return this.current;
  }

  daysUntil(date: IsoDate): number {
    return daysBetween(this.current, date);
  }

  /** One timer to just after the next local midnight, never a poll. */
  private schedule(): void {
    if (this.pinned) return;
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.timer = setTimeout(() => {
      this.current = localToday();
      this.changed.fire(this.current);
      this.schedule();
    }, midnight.getTime() - now.getTime());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

function pinnedToday(): IsoDate | undefined {
  const value = process.env.CAREER_PLAN_TODAY;
  if (!value) return undefined;
  const check = checkIsoDate(value);
  return check.ok ? check.date : undefined;
}
