// SettingsStore over Office document settings: values kept as JSON text inside the workbook.
import { SettingsStore } from '../../app/settingsStore';

function saveFailed(result: Office.AsyncResult<void>): boolean {
  if (typeof Office !== 'undefined' && Office.AsyncResultStatus) return result.status === Office.AsyncResultStatus.Failed;
  return Boolean(result.error);
}

export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    load<T>(key: string): T | undefined {
      const raw: unknown = settings.get(key);
      if (raw === null || raw === undefined) return undefined;
      if (typeof raw !== 'string') return raw as T;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    save(key: string, value: unknown): Promise<void> {
      settings.set(key, JSON.stringify(value));
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (saveFailed(result)) reject(new Error(`Не удалось сохранить настройки в книге: ${result.error?.message ?? 'неизвестная ошибка'}. Проверьте, что книга не открыта только для чтения, и повторите.`));
          else resolve();
        });
      });
    },
  };
}
