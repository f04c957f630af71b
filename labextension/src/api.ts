/** The judge's API as the panel uses it: an interface, so the model can be tested without a server. */
import { ServerConnection } from '@jupyterlab/services';
import { DisposableDelegate, IDisposable } from '@lumino/disposable';

import { eventsUrl, requestAPI } from './request';
import type {
  Language,
  NewSubmission,
  ProblemDetail,
  ProblemSummary,
  Submission,
  SubmissionDetail,
  WireEvent
} from './types';

export interface IEventStream {
  /** Called with each event, in order. */
  onEvent(event: WireEvent): void;
  /** Called once the stream ends; `complete` is false if it ended before a final event. */
  onClose(complete: boolean): void;
}

export interface IJudgeApi {
  problems(): Promise<ProblemSummary[]>;
  problem(id: string): Promise<ProblemDetail>;
  languages(): Promise<Language[]>;
  submit(submission: NewSubmission): Promise<Submission>;
  submission(id: string): Promise<SubmissionDetail>;
  submissions(problem: string): Promise<Submission[]>;
  /** Follows a submission's events: stored ones first, then live ones. */
  follow(id: string, stream: IEventStream): IDisposable;
}

const FINAL = new Set(['result', 'output', 'error']);

export class JudgeApi implements IJudgeApi {
  constructor(
    private readonly settings: ServerConnection.ISettings = ServerConnection.makeSettings()
  ) {}

  async problems(): Promise<ProblemSummary[]> {
    const data = await this.get<{ problems: ProblemSummary[] }>('problems');
    return data.problems;
  }

  problem(id: string): Promise<ProblemDetail> {
    return this.get<ProblemDetail>(`problems/${encodeURIComponent(id)}`);
  }

  async languages(): Promise<Language[]> {
    const data = await this.get<{ languages: Language[] }>('languages');
    return data.languages;
  }

  submit(submission: NewSubmission): Promise<Submission> {
    return requestAPI<Submission>(
      'submissions',
      { method: 'POST', body: JSON.stringify(submission) },
      this.settings
    );
  }

  submission(id: string): Promise<SubmissionDetail> {
    return this.get<SubmissionDetail>(`submissions/${encodeURIComponent(id)}`);
  }

  async submissions(problem: string): Promise<Submission[]> {
    const data = await this.get<{ submissions: Submission[] }>(
      `submissions?problem=${encodeURIComponent(problem)}`
    );
    return data.submissions;
  }

  follow(id: string, stream: IEventStream): IDisposable {
    const socket = new this.settings.WebSocket(eventsUrl(id, this.settings));
    let complete = false;
    let closed = false;
    const close = () => {
      if (!closed) {
        closed = true;
        stream.onClose(complete);
      }
    };
    socket.onmessage = (message: MessageEvent) => {
      let event: WireEvent;
      try {
        event = JSON.parse(String(message.data)) as WireEvent;
      } catch {
        return; // not an event: ignored, as the wire format asks of readers
      }
      complete = complete || FINAL.has(event.type);
      stream.onEvent(event);
    };
    socket.onclose = close;
    socket.onerror = close;
    return new DisposableDelegate(() => {
      closed = true;
      socket.onmessage = socket.onclose = socket.onerror = null;
      socket.close();
    });
  }

  private get<T>(endPoint: string): Promise<T> {
    return requestAPI<T>(endPoint, { method: 'GET' }, this.settings);
  }
}
