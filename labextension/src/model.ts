/**
 * The panel's state: the problem list and its filter, the open problem, and the user's
 * submissions with their live judging. No widgets here: the views listen to `changed`.
 */
import { IDisposable } from '@lumino/disposable';
import { ISignal, Signal } from '@lumino/signaling';

import type { IJudgeApi } from './api';
import { Facets, NO_FILTER, ProblemFilter, facets, filterProblems } from './filters';
import { Judging, fromDetail, fromSubmission, isFinished, reduce } from './judging';
import type { Language, NewSubmission, ProblemDetail, ProblemSummary } from './types';

/** What changed: the views re-render the parts that show it. */
export type ModelChange = 'problems' | 'filter' | 'problem' | 'submissions' | 'active';

export class LeetArxivModel implements IDisposable {
  constructor(readonly api: IJudgeApi) {}

  get changed(): ISignal<this, ModelChange> {
    return this._changed;
  }

  get isDisposed(): boolean {
    return this._disposed;
  }

  dispose(): void {
    if (this._disposed) {
      return;
    }
    this._disposed = true;
    this._streams.forEach(stream => stream.dispose());
    this._streams.clear();
    Signal.clearData(this);
  }

  // The problem list.

  get problems(): readonly ProblemSummary[] {
    return this._problems;
  }

  get languages(): readonly Language[] {
    return this._languages;
  }

  /** Why the problem list could not be loaded, if it could not. */
  get listError(): string | null {
    return this._listError;
  }

  get loadingList(): boolean {
    return this._loadingList;
  }

  get filter(): ProblemFilter {
    return this._filter;
  }

  set filter(filter: ProblemFilter) {
    this._filter = filter;
    this._visible = null;
    this._changed.emit('filter');
  }

  /** The problems that pass the filter. */
  get visibleProblems(): readonly ProblemSummary[] {
    this._visible ??= filterProblems(this._problems, this._filter);
    return this._visible;
  }

  get facets(): Facets {
    return facets(this._problems);
  }

  /** Loads the problem list and the languages. */
  async refresh(): Promise<void> {
    this._loadingList = true;
    this._changed.emit('problems');
    try {
      const [problems, languages] = await Promise.all([this.api.problems(), this.api.languages()]);
      this._problems = problems;
      this._languages = languages;
      this._listError = null;
    } catch (error) {
      this._listError = message(error);
    } finally {
      this._loadingList = false;
      this._visible = null;
    }
    this._changed.emit('problems');
  }

  // The open problem.

  get problem(): ProblemDetail | null {
    return this._problem;
  }

  /** The id of the problem being opened or open. */
  get problemId(): string | null {
    return this._problemId;
  }

  get problemError(): string | null {
    return this._problemError;
  }

  /** Opens a problem and loads the user's submissions to it. */
  async openProblem(id: string): Promise<void> {
    if (id === this._problemId && this._problem !== null) {
      return;
    }
    this._problemId = id;
    this._problem = null;
    this._problemError = null;
    this._changed.emit('problem');
    this._changed.emit('submissions');
    let problem: ProblemDetail;
    try {
      problem = await this.api.problem(id);
    } catch (error) {
      if (this._problemId === id) {
        this._problemError = message(error);
        this._changed.emit('problem');
      }
      return;
    }
    if (this._problemId !== id) {
      return; // another problem was opened meanwhile
    }
    this._problem = problem;
    this._changed.emit('problem');
    await this.loadSubmissions();
  }

  // Submissions.

  /** The open problem's submissions, newest first. */
  get submissions(): readonly Judging[] {
    const id = this._problemId;
    return [...this._judgings.values()]
      .filter(judging => judging.problem === id)
      .sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  }

  /** The submission sent last from this session, for the status bar. */
  get active(): Judging | null {
    return this._activeId === null ? null : (this._judgings.get(this._activeId) ?? null);
  }

  judging(id: string): Judging | null {
    return this._judgings.get(id) ?? null;
  }

  /** Loads the open problem's submissions; unfinished ones are followed live. */
  async loadSubmissions(): Promise<void> {
    const id = this._problemId;
    if (id === null) {
      return;
    }
    let listed;
    try {
      listed = await this.api.submissions(id);
    } catch {
      return; // the problem view still works; the list stays as it was
    }
    for (const submission of listed) {
      if (!this._judgings.has(submission.id)) {
        this._judgings.set(submission.id, fromSubmission(submission));
        if (submission.state === 'queued' || submission.state === 'running') {
          this.follow(submission.id);
        }
      }
    }
    this._changed.emit('submissions');
  }

  /** Loads a finished submission's per-test results (the list gives only its verdict). */
  async loadDetail(id: string): Promise<void> {
    const known = this._judgings.get(id);
    if (known === undefined || known.rows.length > 0 || this._streams.has(id)) {
      return;
    }
    try {
      this.update(fromDetail(await this.api.submission(id)));
    } catch {
      // Keep what the list said.
    }
  }

  /** Sends a submission and follows its judging. */
  async submit(request: NewSubmission): Promise<Judging> {
    const created = await this.api.submit(request);
    const judging = fromSubmission(created);
    this._judgings.set(judging.id, judging);
    this._activeId = judging.id;
    this._changed.emit('submissions');
    this._changed.emit('active');
    this.follow(judging.id);
    return judging;
  }

  /** Follows a submission's events until its final one. */
  follow(id: string): void {
    if (this._streams.has(id) || this._disposed) {
      return;
    }
    const stream = this.api.follow(id, {
      onEvent: event => {
        const judging = this._judgings.get(id);
        if (judging !== undefined) {
          this.update(reduce(judging, event));
        }
      },
      onClose: complete => {
        this._streams.delete(id);
        const judging = this._judgings.get(id);
        if (!complete && judging !== undefined && !isFinished(judging)) {
          // The stream broke off: the stored submission says how far it got.
          void this.api
            .submission(id)
            .then(detail => this.update(fromDetail(detail)))
            .catch(() => undefined);
        }
      }
    });
    this._streams.set(id, stream);
  }

  private update(judging: Judging): void {
    this._judgings.set(judging.id, judging);
    if (judging.problem === this._problemId) {
      this._changed.emit('submissions');
    }
    if (judging.id === this._activeId) {
      this._changed.emit('active');
    }
  }

  private _changed = new Signal<this, ModelChange>(this);
  private _disposed = false;
  private _problems: ProblemSummary[] = [];
  private _languages: Language[] = [];
  private _listError: string | null = null;
  private _loadingList = false;
  private _filter: ProblemFilter = NO_FILTER;
  private _visible: ProblemSummary[] | null = null;
  private _problemId: string | null = null;
  private _problem: ProblemDetail | null = null;
  private _problemError: string | null = null;
  private _judgings = new Map<string, Judging>();
  private _streams = new Map<string, IDisposable>();
  private _activeId: string | null = null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
