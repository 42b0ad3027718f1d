// Preloaded into a measured child process: samples its memory and prints the peaks and its CPU time on exit (read by
// bench/protocols.ts; CPU time tells the work apart from waiting on a shared machine).
import fs from 'fs';

const peak = { rss: 0, heapUsed: 0, arrayBuffers: 0 };
const timer = setInterval(() => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
}, 10);
timer.unref();

/**
 * The process's own high-water mark: VmHWM of /proc (reset by exec), not getrusage's maxRSS, which Linux carries over
 * from the parent through fork and exec (it would report the bench's own memory).
 */
function peakRssKb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux: the sampled peak below
  }
  return Math.round(peak.rss / 1024);
}

/** User and system CPU time of the process so far, in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
}

process.on('exit', () => {
  fs.writeSync(2, `\nPEAK_RSS_KB ${peakRssKb()} PEAK_HEAP_KB ${Math.round(peak.heapUsed / 1024)} PEAK_BUFFERS_KB ${Math.round(peak.arrayBuffers / 1024)} CPU_MS ${cpuMs()}\n`);
});
