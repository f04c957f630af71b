/** The problem browser: a search box, filters by difficulty, field and tag, and the list. */
import type { TranslationBundle } from '@jupyterlab/translation';
import { HTMLSelect, ReactWidget, UseSignal } from '@jupyterlab/ui-components';
import * as React from 'react';

import { fieldsOf, isFiltered, NO_FILTER, ProblemFilter } from '../filters';
import type { LeetArxivModel, ModelChange } from '../model';
import type { ProblemSummary } from '../types';

const SHOWN: ReadonlySet<ModelChange> = new Set(['problems', 'filter', 'problem']);

export class ProblemBrowser extends ReactWidget {
  constructor(
    private readonly model: LeetArxivModel,
    private readonly trans: TranslationBundle
  ) {
    super();
    this.addClass('jp-LeetArxiv-browser');
    this.title.label = trans.__('Problems');
  }

  protected render(): JSX.Element {
    return (
      <UseSignal signal={this.model.changed} shouldUpdate={(_, change) => SHOWN.has(change)}>
        {() => <Browser model={this.model} trans={this.trans} />}
      </UseSignal>
    );
  }
}

interface IProps {
  model: LeetArxivModel;
  trans: TranslationBundle;
}

function Browser({ model, trans }: IProps): JSX.Element {
  const filter = model.filter;
  const set = (patch: Partial<ProblemFilter>) => {
    model.filter = { ...filter, ...patch };
  };
  const { difficulties, fields, tags } = model.facets;
  const visible = model.visibleProblems;
  return (
    <div className="jp-LeetArxiv-browserBody">
      <div className="jp-LeetArxiv-filters">
        <input
          type="search"
          className="jp-LeetArxiv-search jp-mod-styled"
          placeholder={trans.__('Search problems and papers')}
          aria-label={trans.__('Search problems')}
          value={filter.query}
          onChange={e => set({ query: e.target.value })}
        />
        <div className="jp-LeetArxiv-facets">
          <Facet
            label={trans.__('Difficulty')}
            any={trans.__('Difficulty')}
            value={filter.difficulty}
            values={difficulties}
            onChange={difficulty => set({ difficulty })}
          />
          <Facet
            label={trans.__('Field')}
            any={trans.__('Field')}
            value={filter.field}
            values={fields}
            onChange={field => set({ field })}
          />
          <Facet
            label={trans.__('Tag')}
            any={trans.__('Tag')}
            value={filter.tag}
            values={tags}
            onChange={tag => set({ tag })}
          />
        </div>
        <div className="jp-LeetArxiv-count" aria-live="polite">
          {model.loadingList
            ? trans.__('Loading problems…')
            : trans.__('%1 of %2 problems', visible.length, model.problems.length)}
          {isFiltered(filter) && (
            <button
              type="button"
              className="jp-LeetArxiv-link"
              onClick={() => (model.filter = NO_FILTER)}
            >
              {trans.__('Clear filters')}
            </button>
          )}
        </div>
      </div>
      {model.listError !== null && (
        <div className="jp-LeetArxiv-error" role="alert">
          {trans.__('Could not load the problems: %1', model.listError)}
        </div>
      )}
      <ul
        className="jp-LeetArxiv-problemList"
        aria-label={trans.__('Problems')}
        onKeyDown={moveFocus}
      >
        {visible.map(problem => (
          <li key={problem.id}>
            <ProblemItem
              problem={problem}
              selected={problem.id === model.problemId}
              onOpen={() => void model.openProblem(problem.id)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Up and down arrows (and Home, End) move the focus between the problems. */
function moveFocus(event: React.KeyboardEvent<HTMLUListElement>): void {
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const target = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    Home: 0,
    End: buttons.length - 1
  }[event.key];
  if (target === undefined || current < 0 || !buttons[target]) {
    return;
  }
  event.preventDefault();
  buttons[target].focus();
}

interface IFacetProps {
  label: string;
  any: string;
  value: string;
  values: string[];
  onChange: (value: string) => void;
}

function Facet({ label, any, value, values, onChange }: IFacetProps): JSX.Element {
  return (
    <HTMLSelect
      className="jp-LeetArxiv-select"
      aria-label={label}
      title={label}
      value={value}
      onChange={e => onChange(e.target.value)}
      options={[{ value: '', label: any }, ...values]}
    />
  );
}

interface IItemProps {
  problem: ProblemSummary;
  selected: boolean;
  onOpen: () => void;
}

function ProblemItem({ problem, selected, onOpen }: IItemProps): JSX.Element {
  const paper = problem.source;
  return (
    <button
      type="button"
      className={'jp-LeetArxiv-problem' + (selected ? ' jp-mod-selected' : '')}
      aria-current={selected ? 'true' : undefined}
      data-problem={problem.id}
      onClick={onOpen}
    >
      <span className="jp-LeetArxiv-problemName">{problem.name}</span>
      {paper && (
        <span className="jp-LeetArxiv-problemPaper">
          {paper.name}
          {paper.year ? ` (${paper.year})` : ''}
        </span>
      )}
      <span className="jp-LeetArxiv-chips">
        {problem.difficulty && (
          <span className={`jp-LeetArxiv-chip jp-LeetArxiv-difficulty-${problem.difficulty}`}>
            {problem.difficulty}
          </span>
        )}
        {fieldsOf(problem).map(field => (
          <span key={field} className="jp-LeetArxiv-chip">
            {field}
          </span>
        ))}
      </span>
    </button>
  );
}
