// Options of the preview page and the browser version from their address: ?now=<ISO time> fixes the run's clock (tests), ?theme=dark.

export interface PreviewOptions {
  /** Fixed time of the run, or undefined for the real clock. */
  readonly now?: Date;
  readonly theme: 'light' | 'dark';
}

/** Reads the query string; a time that does not parse is ignored (the real clock is used). */
export function previewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const nowText = params.get('now');
  const now = nowText ? new Date(nowText) : undefined;
  return {
    now: now && !Number.isNaN(now.getTime()) ? now : undefined,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}
