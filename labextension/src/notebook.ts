/** Reading and writing notebook cells for the panel's commands. */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { INotebookTracker, NotebookActions, NotebookPanel } from '@jupyterlab/notebook';

export const LOAD_EXTENSION = '%load_ext jupyter_leetarxiv';

/** Whether a code cell already loads the `%%judge` magic. */
function loadsExtension(panel: NotebookPanel): boolean {
  const cells = panel.content.model?.cells;
  if (!cells) {
    return false;
  }
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.get(i);
    if (cell.type === 'code' && cell.sharedModel.getSource().includes(LOAD_EXTENSION)) {
      return true;
    }
  }
  return false;
}

/** The notebook to insert into: the current one, else a new one. */
async function targetNotebook(
  app: JupyterFrontEnd,
  tracker: INotebookTracker
): Promise<NotebookPanel> {
  let panel = tracker.currentWidget;
  if (panel === null) {
    panel = (await app.commands.execute('notebook:create-new', {
      kernelName: 'python3'
    })) as NotebookPanel;
  }
  await panel.context.ready;
  app.shell.activateById(panel.id);
  return panel;
}

/** Puts `source` in the active cell if it is an empty code cell, else in a new one below. */
function writeCell(panel: NotebookPanel, source: string): void {
  const notebook = panel.content;
  const active = notebook.activeCell;
  if (
    active === null ||
    active.model.type !== 'code' ||
    active.model.sharedModel.getSource().trim() !== ''
  ) {
    NotebookActions.insertBelow(notebook);
  }
  notebook.activeCell?.model.sharedModel.setSource(source);
}

/**
 * Inserts a `%%judge` cell into the current notebook (a new one if none is open), after a
 * `%load_ext jupyter_leetarxiv` cell when the notebook does not load the magic yet, so the
 * cell also runs in the kernel.
 */
export async function insertJudgeCell(
  app: JupyterFrontEnd,
  tracker: INotebookTracker,
  source: string
): Promise<NotebookPanel> {
  const panel = await targetNotebook(app, tracker);
  if (!loadsExtension(panel)) {
    writeCell(panel, LOAD_EXTENSION);
  }
  writeCell(panel, source);
  panel.content.mode = 'command';
  return panel;
}

/** The source of the active cell of the current notebook, if any. */
export function activeCellSource(tracker: INotebookTracker): string | null {
  const cell = tracker.activeCell;
  return cell === null ? null : cell.model.sharedModel.getSource();
}

/** The problem a notebook names in its metadata (`leetarxiv.problem`), as the magic reads it. */
export function notebookProblem(tracker: INotebookTracker): string | null {
  const metadata = tracker.currentWidget?.model?.getMetadata('leetarxiv') as
    { problem?: unknown } | undefined;
  return typeof metadata?.problem === 'string' && metadata.problem ? metadata.problem : null;
}
