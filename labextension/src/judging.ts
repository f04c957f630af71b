/**
 * What the panel shows of one submission, as a pure function of the events received so far
 * (the twin of the kernel view's `jupyter_leetarxiv/kernel/state.py`).
 */
import type {
  CompileInfo,
  Mode,
  RunOutput,
  Submission,
  SubmissionDetail,
  TestResult,
  Verdict,
  WireEvent
} from './types';

export type Phase = 'submitting' | 'queued' | 'compiling' | 'running' | 'done' | 'failed';

/** One test in the table: pending, running, or judged. */
export interface TestRow {
  index: number;
  name: string;
  group: string;
  verdict: Verdict | null;
  running: boolean;
  time: number;
  memory: number;
  sample: boolean;
  feedback: string;
  input?: string;
  expected?: string;
  actual?: string;
}

export interface Outcome {
  verdict: Verdict;
  passed: number;
  total: number;
  score: number | null;
  maxTime: number;
  maxMemory: number;
}

export interface Judging {
  id: string;
  problem: string;
  language: string;
  mode: Mode;
  created: string;
  phase: Phase;
  /** Submissions ahead of this one, when known. */
  position: number | null;
  compile: CompileInfo | null;
  rows: TestRow[];
  outcome: Outcome | null;
  output: RunOutput | null;
  error: string | null;
}

/** A submission as the API acknowledged it (202), before any event. */
export function fromSubmission(submission: Submission): Judging {
  return {
    id: submission.id,
    problem: submission.problem,
    language: submission.language,
    mode: submission.mode,
    created: submission.created,
    phase: phaseOf(submission),
    position: submission.position ?? null,
    compile: null,
    rows: [],
    outcome:
      submission.verdict !== null && submission.state === 'done'
        ? {
            verdict: submission.verdict,
            passed: 0,
            total: 0,
            score: submission.score,
            maxTime: 0,
            maxMemory: 0
          }
        : null,
    output: null,
    error: null
  };
}

function phaseOf(submission: Submission): Phase {
  switch (submission.state) {
    case 'queued':
      return 'queued';
    case 'running':
      return 'running';
    case 'done':
      return 'done';
    default:
      return 'failed';
  }
}

function row(test: TestResult): TestRow {
  return {
    index: test.index,
    name: test.name,
    group: test.group,
    verdict: test.verdict,
    running: false,
    time: test.time,
    memory: test.memory,
    sample: test.sample ?? false,
    feedback: test.feedback ?? '',
    input: test.input,
    expected: test.expected,
    actual: test.actual
  };
}

function pending(index: number): TestRow {
  return {
    index,
    name: '',
    group: '',
    verdict: null,
    running: false,
    time: 0,
    memory: 0,
    sample: false,
    feedback: ''
  };
}

function withTest(state: Judging, test: TestResult): Judging {
  const size = Math.max(test.total, test.index, state.rows.length);
  const rows = Array.from({ length: size }, (_, i) => state.rows[i] ?? pending(i + 1));
  rows[test.index - 1] = row(test);
  const next = rows[test.index];
  if (next && next.verdict === null && test.verdict !== 'skipped') {
    rows[test.index] = { ...next, running: true };
  }
  return { ...state, phase: 'running', rows };
}

/** The state after one more event. Events of another submission are ignored. */
export function reduce(state: Judging, event: WireEvent): Judging {
  if (event.submission !== state.id) {
    return state;
  }
  switch (event.type) {
    case 'queued':
      return { ...state, phase: 'queued', position: event.position ?? null };
    case 'compiling':
      return { ...state, phase: 'compiling', position: null };
    case 'compiled': {
      const { ok, output, cached, time } = event;
      return {
        ...state,
        phase: ok ? 'running' : state.phase,
        compile: { ok, output, cached: cached ?? false, time }
      };
    }
    case 'test':
      return withTest(state, event);
    case 'result':
      return {
        ...state,
        phase: 'done',
        rows: state.rows.map(r => (r.running ? { ...r, running: false } : r)),
        outcome: {
          verdict: event.verdict,
          passed: event.passed,
          total: event.total,
          score: event.score ?? null,
          maxTime: event.max_time,
          maxMemory: event.max_memory
        }
      };
    case 'output': {
      const { status, exit_code, stdout, stderr, time, wall_time, memory } = event;
      return {
        ...state,
        phase: 'done',
        output: { status, exit_code, stdout, stderr, time, wall_time, memory }
      };
    }
    case 'error':
      return { ...state, phase: 'failed', error: event.message };
    default:
      return state;
  }
}

/** A stored submission (`GET submissions/{id}`), as its events would have left it. */
export function fromDetail(detail: SubmissionDetail): Judging {
  let state = fromSubmission(detail);
  state = { ...state, compile: detail.compile ?? null };
  for (const test of detail.tests) {
    state = withTest(state, test);
  }
  if (detail.state === 'done' && detail.verdict !== null) {
    state = {
      ...state,
      phase: 'done',
      rows: state.rows.map(r => ({ ...r, running: false })),
      outcome: {
        verdict: detail.verdict,
        passed: detail.passed ?? state.rows.filter(r => r.verdict === 'AC').length,
        total: detail.total ?? state.rows.length,
        score: detail.score,
        maxTime: detail.max_time ?? 0,
        maxMemory: detail.max_memory ?? 0
      }
    };
  } else {
    state = { ...state, phase: phaseOf(detail) };
  }
  if (detail.output) {
    state = { ...state, output: detail.output };
  }
  if (detail.error) {
    state = { ...state, phase: 'failed', error: detail.error };
  }
  return state;
}

export function isFinished(state: Judging): boolean {
  return state.phase === 'done' || state.phase === 'failed';
}

/** The first sample test that failed: its input, expected and actual output are shown. */
export function failingSample(state: Judging): TestRow | null {
  return (
    state.rows.find(
      r => r.sample && r.verdict !== null && r.verdict !== 'AC' && r.verdict !== 'skipped'
    ) ?? null
  );
}

/** Tests judged so far (skipped ones count as judged). */
export function judgedCount(state: Judging): number {
  return state.rows.filter(r => r.verdict !== null).length;
}

/** One line for the status bar and the submission's header. */
export function statusText(state: Judging): string {
  switch (state.phase) {
    case 'submitting':
      return 'submitting…';
    case 'queued':
      return state.position ? `queued, ${state.position} ahead` : 'queued';
    case 'compiling':
      return 'compiling…';
    case 'running':
      return state.rows.length ? `judging ${judgedCount(state)}/${state.rows.length}` : 'judging…';
    case 'done':
      if (state.output) {
        return `ran: ${state.output.status}`;
      }
      if (state.outcome) {
        const { verdict, passed, total } = state.outcome;
        return total ? `${verdict} ${passed}/${total}` : verdict;
      }
      return 'done';
    case 'failed':
      return 'judge error';
  }
}
