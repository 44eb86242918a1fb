import { DiscoveryService } from '@nestjs/core';
import type { JobHandlerOf } from './job-queue.js';
import type { JobName } from './jobs.js';

/** What the start-up check looks providers up by. */
export const discoverableJobHandler = DiscoveryService.createDecorator<string>();

/**
 * Marks a provider as the handler of one job. The class must implement that job's `handle`, so a handler
 * registered under the wrong name does not compile.
 */
export function JobHandler<N extends JobName>(name: N) {
  return (target: abstract new (...args: never[]) => JobHandlerOf<N>): void => {
    discoverableJobHandler(name)(target);
  };
}
