/**
 * Searching and filtering the problem list. Keywords follow the problem package's
 * conventions: `difficulty:<level>` (the API's `difficulty`), `field:<area>`, and plain tags.
 */
import type { ProblemSummary } from './types';

export const FIELD_PREFIX = 'field:';
const DIFFICULTY_ORDER = ['easy', 'medium', 'hard'];

/** `''` in a facet means "any". */
export interface ProblemFilter {
  query: string;
  difficulty: string;
  field: string;
  tag: string;
}

export const NO_FILTER: ProblemFilter = { query: '', difficulty: '', field: '', tag: '' };

export interface Facets {
  difficulties: string[];
  fields: string[];
  tags: string[];
}

/** The problem's research fields (`field:` keywords, without the prefix). */
export function fieldsOf(problem: ProblemSummary): string[] {
  return problem.tags
    .filter(tag => tag.startsWith(FIELD_PREFIX))
    .map(tag => tag.slice(FIELD_PREFIX.length));
}

/** The problem's tags that are neither a difficulty nor a field. */
export function plainTags(problem: ProblemSummary): string[] {
  return problem.tags.filter(tag => !tag.startsWith(FIELD_PREFIX));
}

/** Everything a search matches against, lower-cased. */
function searchText(problem: ProblemSummary): string {
  const paper = problem.source;
  return [
    problem.id,
    problem.name,
    ...problem.tags,
    paper?.name ?? '',
    paper?.arxiv ?? '',
    ...(paper?.authors ?? []),
    paper?.year ? String(paper.year) : ''
  ]
    .join('\n')
    .toLowerCase();
}

/** Whether the problem passes the filter; every word of the query must occur somewhere. */
export function matches(problem: ProblemSummary, filter: ProblemFilter): boolean {
  if (filter.difficulty && problem.difficulty !== filter.difficulty) {
    return false;
  }
  if (filter.field && !fieldsOf(problem).includes(filter.field)) {
    return false;
  }
  if (filter.tag && !plainTags(problem).includes(filter.tag)) {
    return false;
  }
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return true;
  }
  const text = searchText(problem);
  return words.every(word => text.includes(word));
}

export function filterProblems(
  problems: readonly ProblemSummary[],
  filter: ProblemFilter
): ProblemSummary[] {
  return problems.filter(problem => matches(problem, filter));
}

function byDifficulty(a: string, b: string): number {
  const rank = (d: string) => {
    const i = DIFFICULTY_ORDER.indexOf(d);
    return i < 0 ? DIFFICULTY_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** The values each filter can take, over the given problems. */
export function facets(problems: readonly ProblemSummary[]): Facets {
  const difficulties = new Set<string>();
  const fields = new Set<string>();
  const tags = new Set<string>();
  for (const problem of problems) {
    if (problem.difficulty) {
      difficulties.add(problem.difficulty);
    }
    fieldsOf(problem).forEach(field => fields.add(field));
    plainTags(problem).forEach(tag => tags.add(tag));
  }
  return {
    difficulties: [...difficulties].sort(byDifficulty),
    fields: [...fields].sort(),
    tags: [...tags].sort()
  };
}

/** Whether any filter is set. */
export function isFiltered(filter: ProblemFilter): boolean {
  return Boolean(filter.query.trim() || filter.difficulty || filter.field || filter.tag);
}
