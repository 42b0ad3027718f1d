// Gives the browser a turn (a macrotask) so the task pane repaints and handles clicks between work steps.

/** Resolves on the next macrotask: MessageChannel where available (not throttled like timers), else setTimeout. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}
