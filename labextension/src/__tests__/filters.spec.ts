import { describe, expect, it } from 'vitest';

import {
  NO_FILTER,
  facets,
  fieldsOf,
  filterProblems,
  isFiltered,
  matches,
  plainTags
} from '../filters';
import { PROBLEMS, problem } from './fixtures';

const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterProblems(PROBLEMS, { ...NO_FILTER, ...filter }).map(p => p.id);

describe('problem filters', () => {
  it('passes everything without a filter', () => {
    expect(ids({})).toEqual(['jump-hash', 'adam', 'sinkhorn', 'xor-filter']);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('filters by difficulty, field and tag, all at once', () => {
    expect(ids({ difficulty: 'easy' })).toEqual(['jump-hash', 'adam']);
    expect(ids({ field: 'machine-learning' })).toEqual(['adam', 'sinkhorn']);
    expect(ids({ tag: 'hashing' })).toEqual(['xor-filter']);
    expect(ids({ difficulty: 'easy', field: 'machine-learning' })).toEqual(['adam']);
    expect(isFiltered({ ...NO_FILTER, tag: 'hashing' })).toBe(true);
  });

  it('does not take a field for a tag', () => {
    // jump-hash has field:hashing, not the tag hashing
    expect(ids({ tag: 'hashing' })).not.toContain('jump-hash');
  });

  it('searches ids, names, papers, authors and arXiv ids, case-insensitively', () => {
    expect(ids({ query: 'VEACH' })).toEqual(['jump-hash']);
    expect(ids({ query: '1406.2294' })).toEqual(['jump-hash']);
    expect(ids({ query: 'stochastic optimization' })).toEqual(['adam']);
    expect(ids({ query: 'optimization kingma' })).toEqual(['adam']);
    expect(ids({ query: 'optimization veach' })).toEqual([]);
    expect(ids({ query: '   ' })).toHaveLength(4);
  });

  it('handles problems without a paper', () => {
    const bare = { ...problem('bare', []), source: null };
    expect(matches(bare, { ...NO_FILTER, query: 'bare' })).toBe(true);
    expect(matches(bare, { ...NO_FILTER, query: 'paper' })).toBe(false);
  });

  it('splits fields from plain tags', () => {
    expect(fieldsOf(PROBLEMS[0])).toEqual(['hashing']);
    expect(plainTags(PROBLEMS[0])).toEqual(['consistent-hashing']);
  });

  it('lists the facets, difficulties from easy to hard', () => {
    expect(facets(PROBLEMS)).toEqual({
      difficulties: ['easy', 'medium', 'hard'],
      fields: ['data-structures', 'hashing', 'machine-learning'],
      tags: ['consistent-hashing', 'hashing', 'optimal-transport', 'optimization']
    });
  });
});
