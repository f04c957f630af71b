/** The user's submissions to the open problem, with live per-test verdicts. */
import type { TranslationBundle } from '@jupyterlab/translation';
import { ReactWidget, UseSignal } from '@jupyterlab/ui-components';
import * as React from 'react';

import { Judging, TestRow, failingSample, isFinished, statusText } from '../judging';
import type { LeetArxivModel, ModelChange } from '../model';
import type { Verdict } from '../types';
import { formatBytes, formatSeconds, verdictClass, verdictName } from '../verdicts';

const SHOWN: ReadonlySet<ModelChange> = new Set(['problem', 'submissions']);

export class SubmissionList extends ReactWidget {
  constructor(
    private readonly model: LeetArxivModel,
    private readonly trans: TranslationBundle
  ) {
    super();
    this.addClass('jp-LeetArxiv-submissions');
    this.title.label = trans.__('Submissions');
  }

  protected render(): JSX.Element {
    return (
      <UseSignal signal={this.model.changed} shouldUpdate={(_, change) => SHOWN.has(change)}>
        {() => <Submissions model={this.model} trans={this.trans} />}
      </UseSignal>
    );
  }
}

interface IProps {
  model: LeetArxivModel;
  trans: TranslationBundle;
}

function Submissions({ model, trans }: IProps): JSX.Element {
  const [expanded, setExpanded] = React.useState<string | null>(null);
  const submissions = model.submissions;
  if (model.problemId === null) {
    return (
      <div className="jp-LeetArxiv-placeholder">
        {trans.__('Open a problem to see your submissions.')}
      </div>
    );
  }
  if (submissions.length === 0) {
    return (
      <div className="jp-LeetArxiv-placeholder">
        {trans.__('No submissions yet. Judge a %%judge cell to see its verdict here.')}
      </div>
    );
  }
  // The newest submission is open unless the user chose another.
  const open = expanded ?? submissions[0].id;
  return (
    <ul className="jp-LeetArxiv-submissionList" aria-label={trans.__('Submissions')}>
      {submissions.map(judging => (
        <li key={judging.id}>
          <SubmissionItem
            judging={judging}
            open={judging.id === open}
            trans={trans}
            onToggle={() => {
              const opening = judging.id !== open;
              setExpanded(opening ? judging.id : '');
              if (opening) {
                void model.loadDetail(judging.id);
              }
            }}
          />
        </li>
      ))}
    </ul>
  );
}

interface IItemProps {
  judging: Judging;
  open: boolean;
  trans: TranslationBundle;
  onToggle: () => void;
}

function SubmissionItem({ judging, open, trans, onToggle }: IItemProps): JSX.Element {
  const verdict = judging.outcome?.verdict ?? null;
  const finished = isFinished(judging);
  const bodyId = `jp-LeetArxiv-submission-${judging.id}`;
  return (
    <div
      className={'jp-LeetArxiv-submission' + (finished ? '' : ' jp-mod-running')}
      data-submission={judging.id}
      data-phase={judging.phase}
    >
      <button
        type="button"
        className="jp-LeetArxiv-submissionHeader"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={onToggle}
      >
        <Badge verdict={verdict} text={verdict ?? (judging.phase === 'failed' ? 'JE' : '…')} />
        <span className="jp-LeetArxiv-submissionStatus" aria-live="polite">
          {statusText(judging)}
        </span>
        <span className="jp-LeetArxiv-submissionMeta">
          {judging.language} · {judging.mode} · {formatTime(judging.created)}
        </span>
      </button>
      {open && (
        <div id={bodyId} className="jp-LeetArxiv-submissionBody">
          <Details judging={judging} trans={trans} />
        </div>
      )}
    </div>
  );
}

function Badge({ verdict, text }: { verdict: Verdict | null; text: string }): JSX.Element {
  return (
    <span
      className={`jp-LeetArxiv-badge ${verdictClass(verdict)}`}
      title={verdict ? verdictName(verdict) : undefined}
    >
      {text}
    </span>
  );
}

function Details({ judging, trans }: { judging: Judging; trans: TranslationBundle }): JSX.Element {
  const failed = failingSample(judging);
  return (
    <>
      {judging.error !== null && (
        <div className="jp-LeetArxiv-error" role="alert">
          {judging.error}
        </div>
      )}
      {judging.compile !== null && !judging.compile.ok && (
        <div className="jp-LeetArxiv-compile">
          <div className="jp-LeetArxiv-ioLabel">{trans.__('Compiler output')}</div>
          <pre tabIndex={0}>{judging.compile.output}</pre>
        </div>
      )}
      {judging.output !== null && (
        <div className="jp-LeetArxiv-compile">
          <div className="jp-LeetArxiv-ioLabel">{trans.__('Output')}</div>
          <pre tabIndex={0}>{judging.output.stdout + judging.output.stderr}</pre>
        </div>
      )}
      {failed !== null && <FailedSample row={failed} trans={trans} />}
      {judging.rows.length > 0 && <Tests rows={judging.rows} trans={trans} />}
    </>
  );
}

function FailedSample({ row, trans }: { row: TestRow; trans: TranslationBundle }): JSX.Element {
  return (
    <div className="jp-LeetArxiv-failed" role="group" aria-label={trans.__('Failed sample')}>
      <div className="jp-LeetArxiv-failedTitle">
        {trans.__('%1 on sample %2', verdictName(row.verdict ?? 'JE'), row.name)}
      </div>
      {row.feedback && <div className="jp-LeetArxiv-feedback">{row.feedback}</div>}
      <div className="jp-LeetArxiv-io jp-LeetArxiv-io3">
        {row.input !== undefined && (
          <div>
            <div className="jp-LeetArxiv-ioLabel">{trans.__('Input')}</div>
            <pre tabIndex={0}>{row.input}</pre>
          </div>
        )}
        {row.expected !== undefined && (
          <div>
            <div className="jp-LeetArxiv-ioLabel">{trans.__('Expected')}</div>
            <pre tabIndex={0}>{row.expected}</pre>
          </div>
        )}
        {row.actual !== undefined && (
          <div>
            <div className="jp-LeetArxiv-ioLabel">{trans.__('Your output')}</div>
            <pre tabIndex={0}>{row.actual}</pre>
          </div>
        )}
      </div>
    </div>
  );
}

function Tests({ rows, trans }: { rows: TestRow[]; trans: TranslationBundle }): JSX.Element {
  return (
    <table className="jp-LeetArxiv-tests" aria-label={trans.__('Tests')}>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{trans.__('Test')}</th>
          <th scope="col">{trans.__('Verdict')}</th>
          <th scope="col">{trans.__('Time')}</th>
          <th scope="col" className="jp-LeetArxiv-colMemory">
            {trans.__('Memory')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(row => (
          <tr
            key={row.index}
            className={row.running ? 'jp-mod-running' : undefined}
            data-verdict={row.verdict ?? ''}
          >
            <td>{row.index}</td>
            <td className="jp-LeetArxiv-testName" title={row.group}>
              {row.name || '–'}
              {row.sample && <span className="jp-LeetArxiv-sampleMark">{trans.__('sample')}</span>}
            </td>
            <td>
              <Badge
                verdict={row.verdict}
                text={row.verdict ?? (row.running ? trans.__('running') : '·')}
              />
            </td>
            <td>{row.verdict && row.verdict !== 'skipped' ? formatSeconds(row.time) : ''}</td>
            <td className="jp-LeetArxiv-colMemory">
              {row.verdict && row.verdict !== 'skipped' ? formatBytes(row.memory) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
