import type { Feature } from './feature';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerAddGap } from './commands/addGap';
import { registerAddStep } from './commands/addStep';
import { registerConvertToFrontmatter } from './commands/convertToFrontmatter';
import { registerCloseGap } from './commands/closeGap';
import { registerCopySummary } from './commands/copySummary';
import { registerExportCalendar } from './commands/exportCalendar';
import { registerMakeGoalSmart } from './commands/makeGoalSmart';
import { registerMarkNextStepDone } from './commands/markNextStepDone';
import { registerMarkStepDone } from './commands/markStepDone';
import { registerNewPlan } from './commands/newPlan';
import { registerPrepareMoment } from './commands/prepareMoment';
import { registerReveal } from './commands/reveal';
import { registerShowNextTarget } from './commands/showNextTarget';
import { registerShowReading } from './commands/showReading';
import { registerStartReview } from './commands/startReview';
import { registerCompletion } from './completion';
import { registerConfigDiagnostics } from './configDiagnostics';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerLintTask } from './lintTask';
import { registerLintWorkspace } from './lintWorkspace';
import { registerReminders } from './reminders';
import { registerStatusBar } from './statusBar';
import { registerSymbols } from './symbols';
import { registerShowTimeline } from './timeline/showTimeline';
import { registerMilestonesView } from './tree/milestonesView';

/** Every feature of the extension, registered in this order by activate(). One file each. */
export const features: Feature[] = [
  registerReveal,
  registerMilestonesView,
  registerStatusBar,
  registerNewPlan,
  registerAddStep,
  registerAddGap,
  registerMakeGoalSmart,
  registerStartReview,
  registerMarkNextStepDone,
  registerCloseGap,
  registerCopySummary,
  registerShowNextTarget,
  registerShowReading,
  registerDiagnostics,
  registerConfigDiagnostics,
  registerCodeActions,
  registerHover,
  registerCompletion,
  registerCodeLens,
  registerMarkStepDone,
  registerPrepareMoment,
  registerSymbols,
  registerLintWorkspace,
  registerLintTask,
  registerShowTimeline,
  registerExportCalendar,
  registerReminders,
  registerConvertToFrontmatter,
];
