import * as vscode from 'vscode';
import { planEvents, writeCalendar } from '../../core/ics/calendar';
import { icsTimestamp } from '../../core/ics/text';
import { inertLinks } from '../../core/schedule/notificationText';
import type { Feature } from '../feature';
import { fileName, readPlan } from '../timeline/planSource';
import { mayWrite } from '../services/ask';
import { pickPlan } from '../services/pickPlan';

export const EXPORT_CALENDAR_COMMAND = 'careerPlan.exportCalendar';

/**
 * "Career Plan: Export to Calendar": the plan's step targets, goal, key moments and review as an
 * .ics file chosen in a save dialog. Tests and other commands may pass the plan and the file to
 * write; the command returns the file written.
 */
export const registerExportCalendar: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_CALENDAR_COMMAND, async (plan?: unknown, destination?: unknown): Promise<vscode.Uri | undefined> => {
      const uri = plan instanceof vscode.Uri ? plan : (await pickPlan(services.store, vscode.l10n.t('Which plan should go to your calendar?')))?.uri;
      if (!uri) return undefined;
      const read = await readPlan(services.store, uri);
      if (!read) {
        void vscode.window.showErrorMessage(inertLinks(`${fileName(uri)} cannot be read.`));
        return undefined;
      }
      const name = fileName(uri);
      const events = planEvents(read, name);
      if (events.length === 0) {
        void vscode.window.showInformationMessage(inertLinks(`${name} has no dated step, goal, key moment or review to put in a calendar yet.`));
        return undefined;
      }
      const target =
        destination instanceof vscode.Uri
          ? destination
          : await vscode.window.showSaveDialog({
              defaultUri: vscode.Uri.joinPath(uri, '..', `${name.replace(/\.md$/i, '')}.ics`),
              filters: { iCalendar: ['ics'] },
              saveLabel: vscode.l10n.t('Export'),
              title: vscode.l10n.t('Export the career plan to a calendar file'),
            });
      if (!target || (destination instanceof vscode.Uri && !(await mayWrite(target)))) return undefined;
      const ics = writeCalendar(events, { fileName: name, dtstamp: icsTimestamp(new Date()) });
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(ics));
      void vscode.window.showInformationMessage(
        inertLinks(
          events.length === 1
            ? vscode.l10n.t('Exported 1 event to {0}. Import it into your calendar; importing a later export updates the same events.', fileName(target))
            : vscode.l10n.t('Exported {0} events to {1}. Import it into your calendar; importing a later export updates the same events.', events.length, fileName(target)),
        ),
      );
      return target;
    }),
  );
};
