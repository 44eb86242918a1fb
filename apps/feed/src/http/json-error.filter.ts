import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

/** The body of every error response. */
export interface ErrorBody {
  statusCode: number;
  /** The status text, e.g. "Bad Request". */
  error: string;
  /** What went wrong, for a person to read. */
  message: string;
}

/** Every error, from our code, Nest or Express, answers JSON `{ statusCode, error, message }`. */
@Catch()
export class JsonErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = errorBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(body.statusCode).type('application/json').send(`${JSON.stringify(body)}\n`);
  }
}

function errorBody(exception: unknown): ErrorBody {
  const statusCode = statusOf(exception);
  const error = STATUS_CODES[statusCode] ?? 'Error';
  if (statusCode >= 500) return { statusCode, error, message: 'Internal server error' };
  return { statusCode, error, message: messageOf(exception) ?? error };
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  // Express's own errors (a malformed percent-encoding in the path, …) carry their status.
  const status = (exception as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : HttpStatus.INTERNAL_SERVER_ERROR;
}

function messageOf(exception: unknown): string | null {
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return exception instanceof Error ? exception.message : null;
}
