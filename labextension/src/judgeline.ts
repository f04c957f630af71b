/**
 * The `%%judge` line, read as the kernel magic reads it
 * (`jupyter_leetarxiv/kernel/cells.py`): `%%judge LANGUAGE [PROBLEM] [--run|--submit]
 * [--stdin TEXT]`. Unlike the magic, a missing language is not an error here: the
 * "Judge cell" command asks for it.
 */
import type { Mode } from './types';

export const MAGIC = '%%judge';

export interface JudgeLine {
  language: string | null;
  problem: string | null;
  /** `null`: the configured default mode. */
  mode: Mode | null;
  stdin: string | null;
}

export interface JudgeCell {
  /** `null` when the cell does not start with `%%judge`. */
  line: JudgeLine | null;
  /** What is judged: the cell without its `%%judge` line. */
  body: string;
}

export class JudgeLineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JudgeLineError';
  }
}

/** Splits a line into words as a POSIX shell (and Python's shlex) would. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") {
        quote = null;
      } else {
        word += c;
      }
    } else if (quote === '"') {
      if (c === '"') {
        quote = null;
      } else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
        word += line[++i];
      } else {
        word += c;
      }
    } else if (/\s/.test(c)) {
      if (word !== null) {
        words.push(word);
        word = null;
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      word = word ?? '';
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote !== null) {
    throw new JudgeLineError('no closing quotation');
  }
  if (word !== null) {
    words.push(word);
  }
  return words;
}

/** `\n`, `\t` and `\\` in a `--stdin` value, as the magic's `unicode_escape` reads them. */
function unescape(text: string): string {
  return text.replace(/\\([\\nt])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : '\\'
  );
}

/** The arguments after `%%judge`. */
export function parseJudgeArgs(args: string): JudgeLine {
  const result: JudgeLine = { language: null, problem: null, mode: null, stdin: null };
  const words = shellWords(args);
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--run' || word === '--submit') {
      const mode: Mode = word === '--run' ? 'run' : 'submit';
      if (result.mode !== null && result.mode !== mode) {
        throw new JudgeLineError('--run and --submit cannot be used together');
      }
      result.mode = mode;
    } else if (word === '--stdin') {
      if (i + 1 >= words.length) {
        throw new JudgeLineError('--stdin needs a value');
      }
      result.stdin = unescape(words[++i]);
    } else if (word.startsWith('--stdin=')) {
      result.stdin = unescape(word.slice('--stdin='.length));
    } else if (word.startsWith('-') && word !== '-') {
      throw new JudgeLineError(`unknown option ${word}`);
    } else {
      positional.push(word);
    }
  }
  if (positional.length > 2) {
    throw new JudgeLineError(`unexpected argument ${positional[2]}`);
  }
  result.language = positional[0] ?? null;
  result.problem = positional[1] ?? null;
  return result;
}

/** A cell's `%%judge` line (if it starts with one) and the source to judge. */
export function parseJudgeCell(source: string): JudgeCell {
  const newline = source.indexOf('\n');
  const first = newline < 0 ? source : source.slice(0, newline);
  const body = newline < 0 ? '' : source.slice(newline + 1);
  if (first !== MAGIC && !/^%%judge\s/.test(first)) {
    return { line: null, body: source };
  }
  return { line: parseJudgeArgs(first.slice(MAGIC.length)), body };
}

/** The source of a `%%judge` cell. */
export function judgeCellSource(
  language: string,
  problem: string,
  body: string,
  mode: Mode | null = null
): string {
  const words = [MAGIC, language, problem];
  if (mode !== null) {
    words.push(`--${mode}`);
  }
  return `${words.join(' ')}\n${body.replace(/\n+$/, '')}`;
}
