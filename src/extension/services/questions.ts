import * as vscode from 'vscode';
import type { IsoDate } from '../../core/calendar/dates';
import { dateProblem } from './ask';

/** A choice of a pick and the answer it stands for. */
export interface Choice<T> extends vscode.QuickPickItem {
  readonly answer: T;
}

/** The question on screen, as the integration tests read it (they cannot see the quick input itself). */
export interface QuestionSnapshot {
  /** Counts the questions asked, so a test sees a new question even when it reads like the last. */
  readonly number: number;
  readonly kind: 'pick' | 'text';
  readonly title: string;
  /** The pick's placeholder or the input box's prompt. */
  readonly prompt: string;
  readonly choices?: readonly string[];
  /** The choice the arrows are on, once the pick shows it. */
  readonly active?: string;
  readonly value?: string;
}

export interface TextOptions {
  readonly value?: string;
  readonly placeHolder?: string;
  /** A message when the text cannot be the answer; undefined when it can. */
  readonly validate?: (text: string) => string | undefined;
}

/**
 * Asks a series of questions one at a time, each a quick pick or an input box that stays open when
 * focus moves away (a guided flow should not vanish when the person glances at the plan). Each
 * question resolves to its answer, or to undefined when the person presses Escape, which ends the
 * flow. Keyboard only: arrows and Enter pick, typing answers, Escape cancels.
 */
export class Questions {
  private shown: QuestionSnapshot | undefined;
  private asked = 0;

  /** The question on screen, if any. */
  current(): QuestionSnapshot | undefined {
    return this.shown;
  }

  pick<T>(title: string, placeholder: string, choices: readonly Choice<T>[]): Promise<T | undefined> {
    const pick = vscode.window.createQuickPick<Choice<T>>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.items = choices;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    const number = ++this.asked;
    pick.onDidChangeActive(([active]) => {
      if (this.shown?.number === number) this.shown = { ...this.shown, active: active?.label };
    });
    return this.ask(pick, { number, kind: 'pick', title, prompt: placeholder, choices: choices.map((choice) => choice.label) }, () => {
      const [chosen] = pick.selectedItems;
      return chosen ? { answer: chosen.answer } : undefined;
    });
  }

  text(title: string, prompt: string, options: TextOptions = {}): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    box.title = title;
    box.prompt = prompt;
    box.value = options.value ?? '';
    box.placeholder = options.placeHolder;
    box.ignoreFocusOut = true;
    box.onDidChangeValue((text) => (box.validationMessage = options.validate?.(text)));
    return this.ask(box, { number: ++this.asked, kind: 'text', title, prompt, value: box.value }, () => {
      const problem = options.validate?.(box.value);
      box.validationMessage = problem;
      return problem === undefined ? { answer: box.value.trim() } : undefined;
    });
  }

  /** A calendar day, written `YYYY-MM-DD`; undefined when cancelled. */
  day(title: string, prompt: string, suggested: IsoDate): Promise<IsoDate | undefined> {
    return this.text(title, prompt, {
      value: suggested,
      placeHolder: vscode.l10n.t('YYYY-MM-DD'),
      validate: dateProblem,
    });
  }

  /** Shows a question until it is answered (`accepted` gives an answer) or hidden (Escape). */
  private ask<T>(input: vscode.QuickPick<Choice<unknown>> | vscode.InputBox, snapshot: QuestionSnapshot, accepted: () => { answer: T } | undefined): Promise<T | undefined> {
    return new Promise((resolve) => {
      let answered = false;
      input.onDidAccept(() => {
        const result = accepted();
        if (!result) return;
        answered = true;
        resolve(result.answer);
        input.hide();
      });
      input.onDidHide(() => {
        if (this.shown?.number === snapshot.number) this.shown = undefined;
        input.dispose();
        if (!answered) resolve(undefined);
      });
      this.shown = snapshot;
      input.show();
    });
  }
}
