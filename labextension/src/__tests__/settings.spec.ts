import { describe, expect, it } from 'vitest';

import schema from '../../schema/plugin.json';
import { DEFAULT_SETTINGS, readSettings } from '../settings';

function fake(values: { [key: string]: unknown }) {
  return {
    get: (key: string) => ({ composite: values[key], user: undefined })
  } as unknown as Parameters<typeof readSettings>[0];
}

describe('settings', () => {
  it('defaults to the schema defaults', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect((schema.properties as Record<string, { default: unknown }>)[key].default).toEqual(
        value
      );
    }
  });

  it('reads the user settings', () => {
    expect(
      readSettings(fake({ defaultLanguage: 'haskell', defaultMode: 'run', showPanelOnStart: true }))
    ).toEqual({ defaultLanguage: 'haskell', defaultMode: 'run', showPanelOnStart: true });
  });

  it('falls back on a missing or unknown value', () => {
    expect(readSettings(fake({ defaultLanguage: '', defaultMode: 'bogus' }))).toEqual(
      DEFAULT_SETTINGS
    );
  });

  it('binds the Judge Cell command to a key and to the notebook toolbar', () => {
    expect(schema['jupyter.lab.shortcuts'][0]).toMatchObject({
      command: 'leetarxiv:judge-cell',
      keys: ['Accel Shift Enter']
    });
    expect(schema['jupyter.lab.toolbars'].Notebook[0].command).toBe('leetarxiv:judge-cell');
  });
});
