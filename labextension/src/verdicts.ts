import type { Verdict } from './types';

const NAMES: { [V in Verdict]: string } = {
  AC: 'Accepted',
  WA: 'Wrong answer',
  TLE: 'Time limit exceeded',
  MLE: 'Memory limit exceeded',
  OLE: 'Output limit exceeded',
  RTE: 'Run-time error',
  CE: 'Compile error',
  JE: 'Judge error',
  skipped: 'Skipped'
};

/** The verdict spelled out, for tooltips and screen readers. */
export function verdictName(verdict: Verdict): string {
  return NAMES[verdict] ?? verdict;
}

/** The CSS modifier class that colours a verdict badge. */
export function verdictClass(verdict: Verdict | null): string {
  if (verdict === null) {
    return 'jp-LeetArxiv-verdict-pending';
  }
  return verdict === 'AC'
    ? 'jp-LeetArxiv-verdict-ok'
    : verdict === 'skipped'
      ? 'jp-LeetArxiv-verdict-skipped'
      : 'jp-LeetArxiv-verdict-bad';
}

export function formatSeconds(seconds: number): string {
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(2)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes <= 0) {
    return '–';
  }
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${mib.toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}
