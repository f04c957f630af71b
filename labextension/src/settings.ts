/** The user's settings (schema/plugin.json), with their defaults. */
import type { ISettingRegistry } from '@jupyterlab/settingregistry';

import type { Mode } from './types';

export interface IJudgeSettings {
  /** Language of the starter code shown first, and the picker's choice for plain cells. */
  defaultLanguage: string;
  /** Mode of a cell whose `%%judge` line says neither `--run` nor `--submit`. */
  defaultMode: Mode;
  /** Show the panel when JupyterLab starts. */
  showPanelOnStart: boolean;
}

export const DEFAULT_SETTINGS: IJudgeSettings = {
  defaultLanguage: 'python3',
  defaultMode: 'submit',
  showPanelOnStart: false
};

export function readSettings(settings: ISettingRegistry.ISettings | null): IJudgeSettings {
  if (settings === null) {
    return DEFAULT_SETTINGS;
  }
  const get = <K extends keyof IJudgeSettings>(key: K): IJudgeSettings[K] =>
    (settings.get(key).composite as IJudgeSettings[K] | undefined) ?? DEFAULT_SETTINGS[key];
  const mode = get('defaultMode');
  return {
    defaultLanguage: get('defaultLanguage') || DEFAULT_SETTINGS.defaultLanguage,
    defaultMode: mode === 'run' ? 'run' : 'submit',
    showPanelOnStart: Boolean(get('showPanelOnStart'))
  };
}
