// Entry of the browser version (dist/web/index.html): works from any static host or opened from disk.
import { createRoot } from 'react-dom/client';
import { previewOptions } from '../taskpane/urlOptions';
import { WebApp } from './WebApp';

/** Replaced by webpack's DefinePlugin with package.json's version. */
declare const __SHNOR_VERSION__: string;
const VERSION = typeof __SHNOR_VERSION__ === 'string' ? __SHNOR_VERSION__ : '0.0.0';

const host = document.getElementById('root');
if (host) createRoot(host).render(<WebApp version={VERSION} now={previewOptions(window.location.search).now} />);
