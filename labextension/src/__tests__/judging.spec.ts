import { describe, expect, it } from 'vitest';

import {
  Judging,
  failingSample,
  fromDetail,
  fromSubmission,
  isFinished,
  reduce,
  statusText
} from '../judging';
import type { WireEvent } from '../types';
import { submission, wrongAnswerStream } from './fixtures';

function replay(events: WireEvent[], upTo = events.length): Judging {
  return events.slice(0, upTo).reduce(reduce, fromSubmission(submission('s1')));
}

describe('reduce', () => {
  const events = wrongAnswerStream('s1');

  it('starts from the acknowledged submission', () => {
    const state = fromSubmission(submission('s1', { position: 3 }));
    expect(state.phase).toBe('queued');
    expect(state.position).toBe(3);
    expect(statusText(state)).toBe('queued, 3 ahead');
  });

  it('follows the queue and the compilation', () => {
    expect(statusText(replay(events, 1))).toBe('queued, 2 ahead');
    const compiling = replay(events, 2);
    expect(compiling.phase).toBe('compiling');
    expect(compiling.position).toBeNull();
    const compiled = replay(events, 3);
    expect(compiled.phase).toBe('running');
    expect(compiled.compile).toEqual({ ok: true, output: '', cached: false, time: 0.01 });
    expect(statusText(compiled)).toBe('judging…');
  });

  it('lays out every test at the first one and marks the next as running', () => {
    const state = replay(events, 4);
    expect(state.rows.map(r => r.verdict)).toEqual(['AC', null, null, null]);
    expect(state.rows.map(r => r.running)).toEqual([false, true, false, false]);
    expect(statusText(state)).toBe('judging 1/4');
    expect(failingSample(state)).toBeNull();
  });

  it('keeps the failing sample with its input, expected and actual output', () => {
    const state = replay(events, 5);
    const failed = failingSample(state);
    expect(failed?.name).toBe('sample/02');
    expect(failed?.expected).toBe('5\n');
    expect(failed?.actual).toBe('6\n');
    expect(failed?.feedback).toContain('expected 5');
  });

  it('does not mark a test running after a skipped one', () => {
    const state = replay(events, 6);
    expect(state.rows[2].verdict).toBe('skipped');
    expect(state.rows[3].running).toBe(false);
  });

  it('ends with the verdict', () => {
    const state = replay(events);
    expect(isFinished(state)).toBe(true);
    expect(state.outcome).toMatchObject({ verdict: 'WA', passed: 1, total: 4 });
    expect(state.rows.some(r => r.running)).toBe(false);
    expect(statusText(state)).toBe('WA 1/4');
  });

  it('converges when tests arrive out of order', () => {
    const [q, c, d, t1, t2, t3, t4, r] = events;
    const shuffled = [q, c, d, t4, t2, t1, t3, r].reduce(reduce, fromSubmission(submission('s1')));
    expect(shuffled.rows).toEqual(replay(events).rows);
  });

  it('ignores the events of another submission', () => {
    const state = fromSubmission(submission('s1'));
    expect(reduce(state, wrongAnswerStream('s2')[0])).toBe(state);
  });

  it('shows a compile error', () => {
    const state = reduce(replay(events, 2), {
      v: '1.0',
      submission: 's1',
      type: 'compiled',
      ok: false,
      output: 'main.cpp:1: error'
    });
    expect(state.phase).toBe('compiling');
    expect(state.compile?.ok).toBe(false);
    const done = reduce(state, {
      ...(events[7] as Extract<WireEvent, { type: 'result' }>),
      verdict: 'CE',
      passed: 0
    });
    expect(statusText(done)).toBe('CE 0/4');
  });

  it('fails with the judge error', () => {
    const state = reduce(replay(events, 1), {
      v: '1.0',
      submission: 's1',
      type: 'error',
      message: 'broker unreachable'
    });
    expect(state.phase).toBe('failed');
    expect(state.error).toBe('broker unreachable');
    expect(statusText(state)).toBe('judge error');
  });

  it('shows the output of a run on a given stdin', () => {
    const state = reduce(replay(events, 3), {
      v: '1.0',
      submission: 's1',
      type: 'output',
      status: 'ok',
      exit_code: 0,
      stdout: '42\n',
      stderr: '',
      time: 0.01,
      wall_time: 0.02,
      memory: 1024
    });
    expect(state.output?.stdout).toBe('42\n');
    expect(statusText(state)).toBe('ran: ok');
  });
});

describe('fromDetail', () => {
  it('rebuilds what the events would have shown', () => {
    const events = wrongAnswerStream('s1');
    const tests = events.filter(e => e.type === 'test');
    const state = fromDetail({
      ...submission('s1', { state: 'done', verdict: 'WA', score: null }),
      source: 'print()',
      stdin: null,
      tests,
      passed: 1,
      total: 4,
      max_time: 0.02,
      max_memory: 9 << 20,
      compile: { ok: true, output: '', cached: true }
    });
    const live = replay(events);
    expect(state.rows).toEqual(live.rows);
    expect(state.outcome).toEqual(live.outcome);
    expect(state.phase).toBe('done');
  });

  it('keeps an unfinished submission running', () => {
    const state = fromDetail({
      ...submission('s1', { state: 'running' }),
      source: '',
      stdin: null,
      tests: []
    });
    expect(state.phase).toBe('running');
    expect(isFinished(state)).toBe(false);
  });

  it('reports why a submission could not be judged', () => {
    const state = fromDetail({
      ...submission('s1', { state: 'error' }),
      source: '',
      stdin: null,
      tests: [],
      error: 'no such language'
    });
    expect(state.phase).toBe('failed');
    expect(state.error).toBe('no such language');
  });
});
