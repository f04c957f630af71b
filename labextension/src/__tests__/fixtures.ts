import type { ProblemSummary, Submission, WireEvent } from '../types';

export function problem(
  id: string,
  keywords: string[],
  paper: Partial<NonNullable<ProblemSummary['source']>> = {}
): ProblemSummary {
  const difficulty = keywords.find(k => k.startsWith('difficulty:'));
  return {
    id,
    name: id.replace(/-/g, ' '),
    type: 'pass-fail',
    source: {
      name: `Paper on ${id}`,
      url: null,
      arxiv: null,
      authors: [],
      year: null,
      ...paper
    },
    keywords,
    tags: keywords.filter(k => !k.startsWith('difficulty:')),
    difficulty: difficulty ? difficulty.slice('difficulty:'.length) : null
  };
}

export const PROBLEMS: ProblemSummary[] = [
  problem('jump-hash', ['difficulty:easy', 'field:hashing', 'consistent-hashing'], {
    name: 'A Fast, Minimal Memory, Consistent Hash Algorithm',
    arxiv: '1406.2294',
    authors: ['John Lamping', 'Eric Veach'],
    year: 2014
  }),
  problem('adam', ['difficulty:easy', 'field:machine-learning', 'optimization'], {
    name: 'Adam: A Method for Stochastic Optimization',
    authors: ['Diederik P. Kingma', 'Jimmy Ba']
  }),
  problem('sinkhorn', ['difficulty:hard', 'field:machine-learning', 'optimal-transport']),
  problem('xor-filter', ['difficulty:medium', 'field:data-structures', 'hashing'])
];

export function submission(id: string, overrides: Partial<Submission> = {}): Submission {
  return {
    id,
    problem: 'jump-hash',
    language: 'python3',
    mode: 'submit',
    state: 'queued',
    created: '2025-01-01T10:00:00+00:00',
    finished: null,
    verdict: null,
    score: null,
    queue: 'embedded',
    position: 0,
    ...overrides
  };
}

const v = '1.0';

/** A submission judged WA on its second sample: the events the server sends, in order. */
export function wrongAnswerStream(id: string): WireEvent[] {
  return [
    { v, submission: id, type: 'queued', position: 2 },
    { v, submission: id, type: 'compiling' },
    { v, submission: id, type: 'compiled', ok: true, output: '', cached: false, time: 0.01 },
    {
      v,
      submission: id,
      type: 'test',
      index: 1,
      total: 4,
      name: 'sample/01',
      group: 'sample',
      verdict: 'AC',
      time: 0.02,
      wall_time: 0.03,
      memory: 9 << 20,
      sample: true
    },
    {
      v,
      submission: id,
      type: 'test',
      index: 2,
      total: 4,
      name: 'sample/02',
      group: 'sample',
      verdict: 'WA',
      time: 0.02,
      wall_time: 0.03,
      memory: 9 << 20,
      sample: true,
      feedback: 'line 1: expected 5, got 6',
      input: '1\n256 10\n',
      expected: '5\n',
      actual: '6\n'
    },
    {
      v,
      submission: id,
      type: 'test',
      index: 3,
      total: 4,
      name: 'secret/01',
      group: 'secret',
      verdict: 'skipped',
      time: 0,
      wall_time: 0,
      memory: 0
    },
    {
      v,
      submission: id,
      type: 'test',
      index: 4,
      total: 4,
      name: 'secret/02',
      group: 'secret',
      verdict: 'skipped',
      time: 0,
      wall_time: 0,
      memory: 0
    },
    {
      v,
      submission: id,
      type: 'result',
      verdict: 'WA',
      passed: 1,
      total: 4,
      max_time: 0.02,
      max_memory: 9 << 20,
      toolchain: 'Python 3.11.2',
      problem_version: 'abc'
    }
  ];
}
