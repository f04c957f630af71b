import { describe, expect, it } from 'vitest';

import {
  JudgeLineError,
  judgeCellSource,
  parseJudgeArgs,
  parseJudgeCell,
  shellWords
} from '../judgeline';

describe('shellWords', () => {
  it('splits on whitespace and honours quotes and escapes', () => {
    expect(shellWords(`  a  'b c' "d \\"e\\"" f\\ g `)).toEqual(['a', 'b c', 'd "e"', 'f g']);
  });

  it('keeps an empty quoted word', () => {
    expect(shellWords(`--stdin ''`)).toEqual(['--stdin', '']);
  });

  it('refuses an unclosed quote', () => {
    expect(() => shellWords(`--stdin '1 2`)).toThrow(JudgeLineError);
  });
});

describe('parseJudgeArgs', () => {
  it('reads the language and the problem', () => {
    expect(parseJudgeArgs(' haskell jump-hash')).toEqual({
      language: 'haskell',
      problem: 'jump-hash',
      mode: null,
      stdin: null
    });
  });

  it('reads the mode flags anywhere on the line', () => {
    expect(parseJudgeArgs(' --run cpp adam').mode).toBe('run');
    expect(parseJudgeArgs(' cpp adam --submit').mode).toBe('submit');
  });

  it('refuses --run with --submit', () => {
    expect(() => parseJudgeArgs(' cpp adam --run --submit')).toThrow(/together/);
  });

  it('reads --stdin with the escapes the magic understands', () => {
    expect(parseJudgeArgs(` python3 --stdin '1 2\\n3'`).stdin).toBe('1 2\n3');
    expect(parseJudgeArgs(` python3 --stdin=4`).stdin).toBe('4');
    expect(() => parseJudgeArgs(' python3 --stdin')).toThrow(/needs a value/);
  });

  it('leaves out what the line does not say', () => {
    expect(parseJudgeArgs('')).toEqual({
      language: null,
      problem: null,
      mode: null,
      stdin: null
    });
    expect(parseJudgeArgs(' rust').problem).toBeNull();
  });

  it('refuses unknown options and extra words', () => {
    expect(() => parseJudgeArgs(' c adam --fast')).toThrow(/unknown option --fast/);
    expect(() => parseJudgeArgs(' c adam extra')).toThrow(/unexpected argument extra/);
  });
});

describe('parseJudgeCell', () => {
  it('splits the %%judge line from the source to judge', () => {
    const cell = parseJudgeCell('%%judge python3 jump-hash --run\ndef f():\n    pass\n');
    expect(cell.line?.language).toBe('python3');
    expect(cell.line?.problem).toBe('jump-hash');
    expect(cell.line?.mode).toBe('run');
    expect(cell.body).toBe('def f():\n    pass\n');
  });

  it('judges a cell without a %%judge line whole', () => {
    const source = 'print(1)\n%%judge python3 x';
    expect(parseJudgeCell(source)).toEqual({ line: null, body: source });
  });

  it('does not take %%judgement for %%judge', () => {
    expect(parseJudgeCell('%%judgement c x\n').line).toBeNull();
  });

  it('accepts a bare %%judge line', () => {
    expect(parseJudgeCell('%%judge').line?.language).toBeNull();
    expect(parseJudgeCell('%%judge\tc\nint main;').line?.language).toBe('c');
  });
});

describe('judgeCellSource', () => {
  it('writes a cell that parses back', () => {
    const source = judgeCellSource('cpp', 'adam', 'int main() {}\n\n', 'run');
    expect(source).toBe('%%judge cpp adam --run\nint main() {}');
    const cell = parseJudgeCell(source);
    expect(cell.line).toEqual({ language: 'cpp', problem: 'adam', mode: 'run', stdin: null });
    expect(cell.body).toBe('int main() {}');
  });
});
