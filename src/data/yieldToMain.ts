// Give the main thread back between steps of a long piece of work, so each
// step is a task of its own: an input, a frame or the next response can come
// in between, and no task is long on a slow phone. scheduler.yield() where
// the browser has it (the rest of the work keeps its place in the queue),
// else a MessageChannel message (not clamped like a nested setTimeout).

/** Resolves in a new task, after what the browser had waiting. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
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
