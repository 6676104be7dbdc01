/**
 * Handing the main thread back to the browser between steps of a long job, so that a tap or a
 * key press is answered between them and no step blocks the page for long.
 */

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task: through `scheduler.yield()` where the browser has it (the rest of the
 * job then runs before other queued work), else through a message to this page, which is not
 * slowed down the way nested `setTimeout(0)` calls are.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(undefined);
  });
}
