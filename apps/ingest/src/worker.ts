import { ConsoleLogger, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * Starts a worker process (`legifeed worker`): a Nest application context without HTTP, logging JSON lines.
 * On SIGTERM or SIGINT it stops taking jobs, lets the active ones finish (or hands them back after the
 * shutdown timeout), closes the queues and connections, and exits.
 */
export async function startWorker(appModule: Type | DynamicModule): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(appModule, {
    logger: new ConsoleLogger({ json: true, flattenParams: true }),
    // Without this a failed start-up check aborts the process (core dump) instead of throwing its message.
    abortOnError: false,
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
