/**
 * jupyter-leetarxiv: problems from arXiv papers beside the notebook, judged live.
 *
 * A side panel (problem browser, problem view, submissions), the "Judge cell" command
 * (notebook toolbar, command palette, Accel Shift Enter) and a status bar item.
 */
import { ILayoutRestorer, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { IRenderMimeRegistry } from '@jupyterlab/rendermime';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { IStatusBar } from '@jupyterlab/statusbar';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { CommandToolbarButton, refreshIcon, ToolbarButton } from '@jupyterlab/ui-components';
import { Signal } from '@lumino/signaling';

import { JudgeApi } from './api';
import { CommandIDs, judgeCell } from './commands';
import { leetarxivIcon } from './icons';
import { judgeCellSource } from './judgeline';
import { LeetArxivModel } from './model';
import { insertJudgeCell } from './notebook';
import { DEFAULT_SETTINGS, IJudgeSettings, readSettings } from './settings';
import type { ProblemDetail } from './types';
import { LeetArxivPanel } from './widgets/panel';
import { JudgingStatus } from './widgets/status';

const PLUGIN_ID = 'jupyter-leetarxiv:plugin';
const CATEGORY = 'LeetArxiv';

const plugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description: 'LeetArxiv: implement arXiv papers in notebooks and have them judged.',
  autoStart: true,
  requires: [IRenderMimeRegistry, INotebookTracker],
  optional: [ISettingRegistry, ICommandPalette, IStatusBar, ILayoutRestorer, ITranslator],
  activate: async (
    app: JupyterFrontEnd,
    rendermime: IRenderMimeRegistry,
    tracker: INotebookTracker,
    settingRegistry: ISettingRegistry | null,
    palette: ICommandPalette | null,
    statusBar: IStatusBar | null,
    restorer: ILayoutRestorer | null,
    translator: ITranslator | null
  ) => {
    translator = translator ?? nullTranslator;
    const trans = translator.load('jupyter_leetarxiv');
    const model = new LeetArxivModel(new JudgeApi(app.serviceManager.serverSettings));
    let settings: IJudgeSettings = DEFAULT_SETTINGS;

    const insertStarter = async (problem: ProblemDetail, language: string) => {
      const source = judgeCellSource(language, problem.id, problem.starter[language] ?? '');
      await insertJudgeCell(app, tracker, source);
    };
    const panel = new LeetArxivPanel({
      model,
      rendermime,
      translator,
      preferredLanguage: () => settings.defaultLanguage,
      insertStarter
    });
    panel.toolbar.addItem(
      'refresh',
      new ToolbarButton({
        icon: refreshIcon,
        tooltip: trans.__('Reload the problems'),
        onClick: () => void model.refresh()
      })
    );
    panel.toolbar.addItem(
      'judge',
      new CommandToolbarButton({ commands: app.commands, id: CommandIDs.judgeCell })
    );
    app.shell.add(panel, 'right', { rank: 400 });
    restorer?.add(panel, 'jupyter-leetarxiv');

    const showPanel = () => {
      app.shell.activateById(panel.id);
    };

    app.commands.addCommand(CommandIDs.open, {
      label: trans.__('Show LeetArxiv Panel'),
      caption: trans.__('Problems from arXiv papers, judged beside the notebook'),
      icon: args => (args.isPalette ? undefined : leetarxivIcon),
      execute: showPanel
    });
    app.commands.addCommand(CommandIDs.refresh, {
      label: trans.__('Reload LeetArxiv Problems'),
      execute: () => model.refresh()
    });
    app.commands.addCommand(CommandIDs.judgeCell, {
      label: trans.__('Judge Cell'),
      caption: trans.__('Judge the active cell against its problem (LeetArxiv)'),
      icon: args => (args.isPalette ? undefined : leetarxivIcon),
      isEnabled: () => tracker.activeCell !== null,
      execute: () =>
        judgeCell({
          app,
          model,
          tracker,
          trans,
          settings: () => settings,
          showPanel
        })
    });
    tracker.activeCellChanged.connect(() =>
      app.commands.notifyCommandChanged(CommandIDs.judgeCell)
    );

    for (const command of [CommandIDs.open, CommandIDs.judgeCell, CommandIDs.refresh]) {
      palette?.addItem({ command, category: CATEGORY });
    }

    if (statusBar !== null) {
      const activeChanged = new Signal<LeetArxivModel, void>(model);
      model.changed.connect((_, change) => {
        if (change === 'active') {
          activeChanged.emit();
        }
      });
      statusBar.registerStatusItem('jupyter-leetarxiv:status', {
        item: new JudgingStatus(model, trans, showPanel),
        align: 'left',
        rank: 5,
        isActive: () => model.active !== null,
        activeStateChanged: activeChanged
      });
    }

    if (settingRegistry !== null) {
      try {
        const loadedSettings = await settingRegistry.load(PLUGIN_ID);
        settings = readSettings(loadedSettings);
        loadedSettings.changed.connect(() => {
          settings = readSettings(loadedSettings);
        });
      } catch (error) {
        console.warn('jupyter-leetarxiv: could not load the settings', error);
      }
    }
    void app.restored.then(() => {
      if (settings.showPanelOnStart) {
        showPanel();
      }
    });
  }
};

export default plugin;
