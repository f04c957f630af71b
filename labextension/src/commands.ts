/** The "Judge cell" command: submit the active cell and follow it in the panel. */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { InputDialog, showErrorMessage } from '@jupyterlab/apputils';
import type { INotebookTracker } from '@jupyterlab/notebook';
import type { TranslationBundle } from '@jupyterlab/translation';

import { JudgeLineError, parseJudgeCell } from './judgeline';
import type { LeetArxivModel } from './model';
import { activeCellSource, notebookProblem } from './notebook';
import type { IJudgeSettings } from './settings';

export namespace CommandIDs {
  export const open = 'leetarxiv:open';
  export const judgeCell = 'leetarxiv:judge-cell';
  export const refresh = 'leetarxiv:refresh';
}

export interface IJudgeContext {
  app: JupyterFrontEnd;
  model: LeetArxivModel;
  tracker: INotebookTracker;
  trans: TranslationBundle;
  settings: () => IJudgeSettings;
  showPanel: () => void;
}

async function pick(
  title: string,
  label: string,
  items: string[],
  current: string | null
): Promise<string | null> {
  if (items.length === 0) {
    return null;
  }
  const result = await InputDialog.getItem({
    title,
    label,
    items,
    current: current !== null ? Math.max(0, items.indexOf(current)) : 0
  });
  return result.button.accept ? result.value : null;
}

/**
 * Judges the active cell: language and problem from its `%%judge` line, or picked in a
 * dialog when the line (or the cell) leaves them out. Returns the submission's id.
 */
export async function judgeCell(context: IJudgeContext): Promise<string | null> {
  const { model, tracker, trans } = context;
  const source = activeCellSource(tracker);
  if (source === null) {
    await showErrorMessage(trans.__('Judge cell'), trans.__('Select a notebook cell to judge.'));
    return null;
  }
  let cell;
  try {
    cell = parseJudgeCell(source);
  } catch (error) {
    const reason = error instanceof JudgeLineError ? error.message : String(error);
    await showErrorMessage(trans.__('Invalid %%judge line'), reason);
    return null;
  }
  if (model.problems.length === 0 || model.languages.length === 0) {
    await model.refresh();
  }
  const settings = context.settings();
  const language =
    cell.line?.language ??
    (await pick(
      trans.__('Judge cell'),
      trans.__('Language of this cell'),
      model.languages.map(l => l.id),
      settings.defaultLanguage
    ));
  if (language === null) {
    return null;
  }
  const problem =
    cell.line?.problem ??
    notebookProblem(tracker) ??
    model.problemId ??
    (await pick(
      trans.__('Judge cell'),
      trans.__('Problem to judge against'),
      model.problems.map(p => p.id),
      null
    ));
  if (problem === null) {
    return null;
  }
  context.showPanel();
  void model.openProblem(problem);
  try {
    const judging = await model.submit({
      problem,
      language,
      source: cell.body,
      mode: cell.line?.mode ?? settings.defaultMode,
      stdin: cell.line?.stdin ?? null
    });
    return judging.id;
  } catch (error) {
    await showErrorMessage(
      trans.__('Could not submit the cell'),
      error instanceof Error ? error.message : String(error)
    );
    return null;
  }
}
