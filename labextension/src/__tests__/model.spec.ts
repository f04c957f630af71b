import { describe, expect, it } from 'vitest';

import type { IEventStream, IJudgeApi } from '../api';
import { LeetArxivModel, ModelChange } from '../model';
import type {
  Language,
  NewSubmission,
  ProblemDetail,
  Submission,
  SubmissionDetail
} from '../types';
import { PROBLEMS, submission, wrongAnswerStream } from './fixtures';

/** An API answering from memory; streams are driven by the test. */
class FakeApi implements IJudgeApi {
  streams = new Map<string, IEventStream>();
  submitted: NewSubmission[] = [];
  stored: Submission[] = [];
  details = new Map<string, SubmissionDetail>();
  failProblems = false;

  async problems() {
    if (this.failProblems) {
      throw new Error('403 Forbidden');
    }
    return PROBLEMS;
  }

  async problem(id: string): Promise<ProblemDetail> {
    const summary = PROBLEMS.find(p => p.id === id);
    if (!summary) {
      throw new Error(`no problem ${id}`);
    }
    return {
      ...summary,
      sources: summary.source ? [summary.source] : [],
      statement: `# ${summary.name}`,
      excerpt: '',
      samples: [],
      starter: { python3: 'def f(): ...' },
      limits: { time: 1, memory: 256 << 20 },
      float_tolerance: ''
    };
  }

  async languages(): Promise<Language[]> {
    return [{ id: 'python3', name: 'Python 3', aliases: ['py'], extensions: ['py'] }];
  }

  async submit(request: NewSubmission) {
    this.submitted.push(request);
    return submission(`s${this.submitted.length}`, {
      problem: request.problem,
      language: request.language,
      created: `2025-01-01T10:00:0${this.submitted.length}+00:00`
    });
  }

  async submission(id: string) {
    const detail = this.details.get(id);
    if (!detail) {
      throw new Error('404');
    }
    return detail;
  }

  async submissions(problem: string) {
    return this.stored.filter(s => s.problem === problem);
  }

  follow(id: string, stream: IEventStream) {
    this.streams.set(id, stream);
    return {
      isDisposed: false,
      dispose: () => this.streams.delete(id)
    };
  }
}

function recorder(model: LeetArxivModel): ModelChange[] {
  const changes: ModelChange[] = [];
  model.changed.connect((_, change) => changes.push(change));
  return changes;
}

const flush = () => new Promise(resolve => setTimeout(resolve, 0));

describe('LeetArxivModel', () => {
  it('loads the problems and filters them', async () => {
    const model = new LeetArxivModel(new FakeApi());
    const changes = recorder(model);
    await model.refresh();
    expect(model.problems).toHaveLength(4);
    expect(model.languages.map(l => l.id)).toEqual(['python3']);
    model.filter = { ...model.filter, difficulty: 'hard' };
    expect(model.visibleProblems.map(p => p.id)).toEqual(['sinkhorn']);
    expect(changes).toEqual(['problems', 'problems', 'filter']);
  });

  it('says why the problems could not be loaded', async () => {
    const api = new FakeApi();
    api.failProblems = true;
    const model = new LeetArxivModel(api);
    await model.refresh();
    expect(model.listError).toBe('403 Forbidden');
    expect(model.loadingList).toBe(false);
  });

  it('opens a problem with its stored submissions and follows unfinished ones', async () => {
    const api = new FakeApi();
    api.stored = [
      submission('old', { state: 'done', verdict: 'AC', created: '2024-12-31T00:00:00Z' }),
      submission('live', { state: 'running', created: '2025-01-01T00:00:00Z' }),
      submission('other', { problem: 'adam' })
    ];
    const model = new LeetArxivModel(api);
    await model.openProblem('jump-hash');
    expect(model.problem?.id).toBe('jump-hash');
    expect(model.submissions.map(s => s.id)).toEqual(['live', 'old']);
    expect([...api.streams.keys()]).toEqual(['live']);
  });

  it('reports a problem that cannot be opened', async () => {
    const model = new LeetArxivModel(new FakeApi());
    await model.openProblem('nope');
    expect(model.problem).toBeNull();
    expect(model.problemError).toBe('no problem nope');
  });

  it('submits, follows the events and reports the active judging', async () => {
    const api = new FakeApi();
    const model = new LeetArxivModel(api);
    await model.openProblem('jump-hash');
    const changes = recorder(model);
    const judging = await model.submit({
      problem: 'jump-hash',
      language: 'python3',
      source: 'x',
      mode: 'submit'
    });
    expect(model.active?.id).toBe(judging.id);
    const stream = api.streams.get(judging.id)!;
    for (const event of wrongAnswerStream(judging.id)) {
      stream.onEvent(event);
    }
    stream.onClose(true);
    expect(model.active?.outcome?.verdict).toBe('WA');
    expect(model.submissions[0].rows).toHaveLength(4);
    expect(changes).toContain('active');
    expect(changes).toContain('submissions');
  });

  it('asks the server how far a submission got when its stream breaks off', async () => {
    const api = new FakeApi();
    const model = new LeetArxivModel(api);
    const judging = await model.submit({ problem: 'adam', language: 'python3', source: '' });
    api.details.set(judging.id, {
      ...submission(judging.id, { problem: 'adam', state: 'done', verdict: 'AC' }),
      source: '',
      stdin: null,
      tests: [],
      passed: 3,
      total: 3
    });
    api.streams.get(judging.id)!.onClose(false);
    await flush();
    expect(model.active?.outcome).toMatchObject({ verdict: 'AC', passed: 3, total: 3 });
  });

  it('loads the per-test results of a finished submission on demand', async () => {
    const api = new FakeApi();
    api.stored = [submission('done', { state: 'done', verdict: 'WA' })];
    const events = wrongAnswerStream('done');
    api.details.set('done', {
      ...api.stored[0],
      source: '',
      stdin: null,
      tests: events.flatMap(e => (e.type === 'test' ? [e] : [])),
      passed: 1,
      total: 4
    });
    const model = new LeetArxivModel(api);
    await model.openProblem('jump-hash');
    expect(model.judging('done')?.rows).toEqual([]);
    await model.loadDetail('done');
    expect(model.judging('done')?.rows).toHaveLength(4);
  });

  it('stops following when disposed', async () => {
    const api = new FakeApi();
    const model = new LeetArxivModel(api);
    await model.submit({ problem: 'adam', language: 'python3', source: '' });
    expect(api.streams.size).toBe(1);
    model.dispose();
    expect(api.streams.size).toBe(0);
    expect(model.isDisposed).toBe(true);
  });
});
