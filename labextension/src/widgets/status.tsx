/** The status bar item: the judging state and queue position of the last submission. */
import type { TranslationBundle } from '@jupyterlab/translation';
import { ReactWidget, UseSignal } from '@jupyterlab/ui-components';
import * as React from 'react';

import { leetarxivIcon } from '../icons';
import { isFinished, statusText } from '../judging';
import type { LeetArxivModel, ModelChange } from '../model';
import { verdictClass } from '../verdicts';

export class JudgingStatus extends ReactWidget {
  constructor(
    private readonly model: LeetArxivModel,
    private readonly trans: TranslationBundle,
    private readonly onOpen: () => void
  ) {
    super();
    this.addClass('jp-LeetArxiv-status');
  }

  protected render(): JSX.Element {
    return (
      <UseSignal
        signal={this.model.changed}
        shouldUpdate={(_, change: ModelChange) => change === 'active'}
      >
        {() => {
          const judging = this.model.active;
          if (judging === null) {
            return null;
          }
          const verdict = judging.outcome?.verdict ?? null;
          const text = statusText(judging);
          const label = this.trans.__('LeetArxiv %1: %2', judging.problem, text);
          return (
            <button
              type="button"
              className="jp-LeetArxiv-statusButton"
              title={this.trans.__('%1 (show the LeetArxiv panel)', label)}
              aria-label={label}
              onClick={this.onOpen}
            >
              <leetarxivIcon.react tag="span" className="jp-LeetArxiv-statusIcon" />
              <span className="jp-LeetArxiv-statusProblem">{judging.problem}</span>
              <span
                className={
                  'jp-LeetArxiv-statusText ' +
                  (isFinished(judging) ? verdictClass(verdict) : 'jp-mod-running')
                }
              >
                {text}
              </span>
            </button>
          );
        }}
      </UseSignal>
    );
  }
}
