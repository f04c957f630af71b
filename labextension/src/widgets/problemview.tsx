/**
 * The open problem: its paper, the excerpt and statement (rendered by JupyterLab's own
 * Markdown renderer, math included), the sample tests and the starter code.
 */
import { IRenderMimeRegistry, MimeModel } from '@jupyterlab/rendermime';
import type { TranslationBundle } from '@jupyterlab/translation';
import { HTMLSelect, ReactWidget } from '@jupyterlab/ui-components';
import { Panel, Widget } from '@lumino/widgets';
import * as React from 'react';

import { fieldsOf, plainTags } from '../filters';
import type { LeetArxivModel, ModelChange } from '../model';
import type { Paper, ProblemDetail, Sample } from '../types';
import { formatBytes } from '../verdicts';

export interface IProblemViewOptions {
  model: LeetArxivModel;
  rendermime: IRenderMimeRegistry;
  trans: TranslationBundle;
  /** The language whose starter code is shown first. */
  preferredLanguage: () => string;
  /** Inserts a `%%judge` cell with the starter code into the active notebook. */
  insertStarter: (problem: ProblemDetail, language: string) => Promise<void>;
}

export class ProblemView extends Panel {
  constructor(private readonly options: IProblemViewOptions) {
    super();
    this.addClass('jp-LeetArxiv-problemView');
    this.title.label = options.trans.__('Problem');
    options.model.changed.connect(this.onChanged, this);
    this.display(null);
  }

  override dispose(): void {
    this.options.model.changed.disconnect(this.onChanged, this);
    super.dispose();
  }

  private onChanged(_: LeetArxivModel, change: ModelChange): void {
    if (change === 'problem') {
      this.display(this.options.model.problem);
    }
  }

  private display(problem: ProblemDetail | null): void {
    const { model, trans } = this.options;
    [...this.widgets].forEach(widget => widget.dispose());
    if (problem === null) {
      const text =
        model.problemError !== null
          ? trans.__('Could not open the problem: %1', model.problemError)
          : model.problemId !== null
            ? trans.__('Loading %1…', model.problemId)
            : trans.__('Choose a problem in the list above.');
      this.addWidget(note(text, model.problemError !== null));
      return;
    }
    this.addWidget(ReactWidget.create(<Header problem={problem} trans={trans} />));
    if (problem.excerpt.trim()) {
      this.addSection(trans.__('From the paper'), problem.excerpt, 'jp-LeetArxiv-excerpt');
    }
    this.addSection(trans.__('Statement'), problem.statement, 'jp-LeetArxiv-statement');
    this.addWidget(ReactWidget.create(<Samples samples={problem.samples} trans={trans} />));
    this.addWidget(
      ReactWidget.create(
        <Starter
          problem={problem}
          trans={trans}
          initial={this.options.preferredLanguage()}
          onInsert={language => this.options.insertStarter(problem, language)}
        />
      )
    );
  }

  private addSection(heading: string, markdown: string, className: string): void {
    const section = new Panel();
    section.addClass('jp-LeetArxiv-section');
    section.addClass(className);
    const title = new Widget({ node: document.createElement('h3') });
    title.node.textContent = heading;
    section.addWidget(title);
    const renderer = this.options.rendermime.createRenderer('text/markdown');
    renderer.addClass('jp-LeetArxiv-markdown');
    section.addWidget(renderer);
    this.addWidget(section);
    void renderer.renderModel(
      new MimeModel({ data: { 'text/markdown': markdown }, trusted: false })
    );
  }
}

function note(text: string, isError: boolean): Widget {
  const widget = new Widget();
  widget.addClass(isError ? 'jp-LeetArxiv-error' : 'jp-LeetArxiv-placeholder');
  widget.node.textContent = text;
  if (isError) {
    widget.node.setAttribute('role', 'alert');
  }
  return widget;
}

function PaperLine({ paper }: { paper: Paper }): JSX.Element {
  const authors = paper.authors.join(', ');
  return (
    <div className="jp-LeetArxiv-paper">
      {paper.url ? (
        <a href={paper.url} target="_blank" rel="noopener noreferrer">
          {paper.name}
        </a>
      ) : (
        <span>{paper.name}</span>
      )}
      <span className="jp-LeetArxiv-paperMeta">
        {[authors, paper.year, paper.arxiv ? `arXiv:${paper.arxiv}` : '']
          .filter(Boolean)
          .join(' · ')}
      </span>
    </div>
  );
}

function Header({
  problem,
  trans
}: {
  problem: ProblemDetail;
  trans: TranslationBundle;
}): JSX.Element {
  const papers = problem.sources.length ? problem.sources : problem.source ? [problem.source] : [];
  const limits = [
    trans.__('time %1 s', problem.limits.time),
    trans.__('memory %1', formatBytes(problem.limits.memory))
  ];
  if (problem.float_tolerance) {
    limits.push(trans.__('tolerance %1', problem.float_tolerance));
  }
  return (
    <div className="jp-LeetArxiv-header">
      <h2 className="jp-LeetArxiv-title">{problem.name}</h2>
      {papers.map(paper => (
        <PaperLine key={paper.name} paper={paper} />
      ))}
      <div className="jp-LeetArxiv-chips">
        {problem.difficulty && (
          <span className={`jp-LeetArxiv-chip jp-LeetArxiv-difficulty-${problem.difficulty}`}>
            {problem.difficulty}
          </span>
        )}
        {[...fieldsOf(problem), ...plainTags(problem)].map(tag => (
          <span key={tag} className="jp-LeetArxiv-chip">
            {tag}
          </span>
        ))}
      </div>
      <div className="jp-LeetArxiv-limits">{limits.join(' · ')}</div>
    </div>
  );
}

function Samples({
  samples,
  trans
}: {
  samples: Sample[];
  trans: TranslationBundle;
}): JSX.Element | null {
  if (samples.length === 0) {
    return null;
  }
  return (
    <div className="jp-LeetArxiv-section jp-LeetArxiv-samples">
      <h3>{trans.__('Sample tests')}</h3>
      {samples.map(sample => (
        <figure key={sample.name} className="jp-LeetArxiv-sample">
          <figcaption>{sample.name}</figcaption>
          <div className="jp-LeetArxiv-io">
            <div>
              <div className="jp-LeetArxiv-ioLabel">{trans.__('Input')}</div>
              <pre tabIndex={0} aria-label={trans.__('Input of %1', sample.name)}>
                {sample.input}
              </pre>
            </div>
            <div>
              <div className="jp-LeetArxiv-ioLabel">{trans.__('Answer')}</div>
              <pre tabIndex={0} aria-label={trans.__('Answer of %1', sample.name)}>
                {sample.answer}
              </pre>
            </div>
          </div>
        </figure>
      ))}
    </div>
  );
}

interface IStarterProps {
  problem: ProblemDetail;
  trans: TranslationBundle;
  initial: string;
  onInsert: (language: string) => Promise<void>;
}

function Starter({ problem, trans, initial, onInsert }: IStarterProps): JSX.Element | null {
  const languages = Object.keys(problem.starter).sort();
  const [language, setLanguage] = React.useState(
    languages.includes(initial) ? initial : (languages[0] ?? '')
  );
  const [busy, setBusy] = React.useState(false);
  if (languages.length === 0) {
    return null;
  }
  const insert = () => {
    setBusy(true);
    onInsert(language).finally(() => setBusy(false));
  };
  return (
    <div className="jp-LeetArxiv-section jp-LeetArxiv-starter">
      <h3>{trans.__('Starter code')}</h3>
      <div className="jp-LeetArxiv-starterBar">
        <HTMLSelect
          className="jp-LeetArxiv-select"
          aria-label={trans.__('Starter language')}
          value={language}
          onChange={e => setLanguage(e.target.value)}
          options={languages}
        />
        <button
          type="button"
          className="jp-mod-styled jp-mod-accept jp-LeetArxiv-insert"
          disabled={busy}
          onClick={insert}
        >
          {trans.__('Insert into notebook')}
        </button>
      </div>
      <pre className="jp-LeetArxiv-code" tabIndex={0} aria-label={trans.__('Starter code')}>
        {problem.starter[language]}
      </pre>
    </div>
  );
}
