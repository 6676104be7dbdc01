/**
 * Processor time, for the tests that bound how long the checker may work on an input. This
 * thread's time, not wall time: on a loaded machine a case that needs milliseconds can wait
 * seconds for a core, while an input that makes the checker loop burns processor time either way.
 */

/** CPU milliseconds this thread has run since `since` (a `process.threadCpuUsage()` reading). */
export function threadCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.threadCpuUsage(since);
  return (used.user + used.system) / 1000;
}
