// Where the task pane keeps the user's choices inside the workbook (Office document settings, or memory).

export interface SettingsStore {
  /** The saved value for key, or undefined when none (or when it cannot be parsed). */
  load<T>(key: string): T | undefined;
  /** Saves value under key in the workbook. */
  save(key: string, value: unknown): Promise<void>;
}

/** Keys used by the task pane. */
export const SETTINGS_KEYS = {
  /** IngestSettings: per-sheet exclusion, context corrections, column mapping. */
  sources: 'shnor.sources.v1',
  /** Rules: threshold, procedure keys, target year, small-sample size, risk margin. */
  rules: 'shnor.rules.v1',
} as const;

/** A SettingsStore in memory (CLI, tests). */
export function memorySettingsStore(initial: Record<string, unknown> = {}): SettingsStore {
  const data = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    load<T>(key: string): T | undefined {
      const text = data.get(key);
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
    async save(key: string, value: unknown): Promise<void> {
      data.set(key, JSON.stringify(value));
    },
  };
}
