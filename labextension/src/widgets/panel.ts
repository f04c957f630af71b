/** The LeetArxiv side panel: problem browser, problem view and submissions, as collapsible sections. */
import { IRenderMimeRegistry } from '@jupyterlab/rendermime';
import type { ITranslator } from '@jupyterlab/translation';
import { SidePanel } from '@jupyterlab/ui-components';
import type { Message } from '@lumino/messaging';
import { AccordionPanel } from '@lumino/widgets';

import { leetarxivIcon } from '../icons';
import type { LeetArxivModel, ModelChange } from '../model';
import type { ProblemDetail } from '../types';
import { ProblemBrowser } from './browser';
import { ProblemView } from './problemview';
import { SubmissionList } from './submissions';

export interface IPanelOptions {
  model: LeetArxivModel;
  rendermime: IRenderMimeRegistry;
  translator: ITranslator;
  preferredLanguage: () => string;
  insertStarter: (problem: ProblemDetail, language: string) => Promise<void>;
}

export class LeetArxivPanel extends SidePanel {
  constructor(options: IPanelOptions) {
    super({ translator: options.translator });
    const trans = options.translator.load('jupyter_leetarxiv');
    this.id = 'jp-leetarxiv-panel';
    this.addClass('jp-LeetArxiv-panel');
    this.title.icon = leetarxivIcon;
    this.title.caption = trans.__('LeetArxiv: problems from papers');
    this.model = options.model;
    this.addWidget(new ProblemBrowser(options.model, trans));
    this.addWidget(new ProblemView({ ...options, trans }));
    this.addWidget(new SubmissionList(options.model, trans));
    this.model.changed.connect(this.onChanged, this);
  }

  readonly model: LeetArxivModel;

  override dispose(): void {
    this.model.changed.disconnect(this.onChanged, this);
    super.dispose();
  }

  /** The problems are loaded when the panel is first shown. */
  protected override onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    if (!this._loaded) {
      this._loaded = true;
      if (this.model.problemId === null) {
        // Until a problem is open, the list gets the room.
        (this.content as AccordionPanel).setRelativeSizes([0.7, 0.15, 0.15]);
      }
      if (this.model.problems.length === 0 && !this.model.loadingList) {
        void this.model.refresh();
      }
    }
  }

  /**
   * Opening a problem folds the list away, so the problem gets the room; a new submission
   * gives most of it to the submissions.
   */
  private onChanged(_: LeetArxivModel, change: ModelChange): void {
    const sections = this.content as AccordionPanel;
    if (change === 'problem' && this.model.problemId !== null) {
      sections.collapse(0);
      sections.expand(1);
      sections.expand(2);
      if (this.model.problem !== null) {
        sections.setRelativeSizes([0, 0.6, 0.4]);
      }
    } else if (change === 'active' && this.model.active?.id !== this._shown) {
      this._shown = this.model.active?.id ?? null;
      sections.expand(2);
      sections.setRelativeSizes([0, 0.35, 0.65]);
    }
  }

  private _loaded = false;
  private _shown: string | null = null;
}
