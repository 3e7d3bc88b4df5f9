interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so the page paints and handles input between the steps of a long piece of work. Not a
 * plain `setTimeout(…, 0)`: browsers hold nested timeouts back to 4 ms from the fifth on, so a hundred 2 ms steps
 * would wait 400 ms. `scheduler.yield()` where the browser has it (its continuation also runs before other work
 * queued meanwhile), otherwise a message to itself.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
