/**
 * The judge's REST resources and wire-format events, as `docs/api/openapi.yaml` and
 * `jupyter_leetarxiv/core/schema/wire.schema.json` describe them. Readers accept any 1.x
 * message and ignore the fields they do not know.
 */

export type Verdict = 'AC' | 'WA' | 'TLE' | 'MLE' | 'OLE' | 'RTE' | 'CE' | 'JE' | 'skipped';

export type Mode = 'run' | 'submit';

export interface Paper {
  name: string;
  url: string | null;
  arxiv: string | null;
  authors: string[];
  year: number | null;
}

export interface ProblemSummary {
  id: string;
  name: string;
  type: 'pass-fail' | 'scoring';
  source: Paper | null;
  keywords: string[];
  /** The keywords other than `difficulty:...`, `field:...` ones included. */
  tags: string[];
  difficulty: string | null;
}

export interface Sample {
  name: string;
  input: string;
  answer: string;
}

export interface ProblemDetail extends ProblemSummary {
  sources: Paper[];
  /** Markdown with LaTeX math. */
  statement: string;
  /** The paper excerpt (Markdown); empty if the problem has none. */
  excerpt: string;
  samples: Sample[];
  /** Starter code by language id. */
  starter: { [language: string]: string };
  limits: { time: number; memory: number };
  float_tolerance: string;
  version?: string;
}

export interface Language {
  id: string;
  name: string;
  aliases: string[];
  extensions: string[];
}

export interface NewSubmission {
  problem: string;
  language: string;
  source: string;
  mode?: Mode;
  stdin?: string | null;
}

export type SubmissionState = 'queued' | 'running' | 'done' | 'error';

export interface Submission {
  id: string;
  problem: string;
  language: string;
  mode: Mode;
  state: SubmissionState;
  created: string;
  finished: string | null;
  verdict: Verdict | null;
  score: number | null;
  queue?: string;
  position?: number | null;
}

export interface TestResult {
  index: number;
  total: number;
  name: string;
  group: string;
  verdict: Verdict;
  time: number;
  wall_time: number;
  memory: number;
  sample?: boolean;
  score?: number | null;
  feedback?: string;
  input?: string;
  expected?: string;
  actual?: string;
}

export interface CompileInfo {
  ok: boolean;
  output: string;
  cached: boolean;
  time?: number;
}

export interface RunOutput {
  status: string;
  exit_code?: number;
  stdout: string;
  stderr: string;
  time: number;
  wall_time: number;
  memory: number;
}

export interface SubmissionDetail extends Submission {
  source: string;
  stdin: string | null;
  tests: TestResult[];
  passed?: number;
  total?: number;
  max_score?: number | null;
  max_time?: number;
  max_memory?: number;
  toolchain?: string;
  compile?: CompileInfo;
  error?: string;
  output?: RunOutput;
}

interface EventBase {
  v: string;
  submission: string;
}

export interface QueuedEvent extends EventBase {
  type: 'queued';
  position?: number;
}

export interface CompilingEvent extends EventBase {
  type: 'compiling';
}

export interface CompiledEvent extends EventBase {
  type: 'compiled';
  ok: boolean;
  output: string;
  cached?: boolean;
  time?: number;
}

export interface TestEvent extends EventBase, TestResult {
  type: 'test';
}

export interface ResultEvent extends EventBase {
  type: 'result';
  verdict: Verdict;
  passed: number;
  total: number;
  score?: number;
  max_score?: number;
  max_time: number;
  max_memory: number;
  toolchain: string;
  problem_version: string;
}

export interface OutputEvent extends EventBase, RunOutput {
  type: 'output';
}

export interface ErrorEvent extends EventBase {
  type: 'error';
  message: string;
}

export type WireEvent =
  QueuedEvent | CompilingEvent | CompiledEvent | TestEvent | ResultEvent | OutputEvent | ErrorEvent;

/** The events after which the server closes the stream. */
export const FINAL_EVENTS: ReadonlySet<WireEvent['type']> = new Set(['result', 'output', 'error']);
