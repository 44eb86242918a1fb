import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import { IngestRequestError, UnknownRunError } from '../ingest/ingest-requests.js';
import { JobFailedError } from '../jobs/job-queue.js';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

const STATUS_OF = new Map<Function, [HttpStatus, string]>([
  [IngestRequestError, [HttpStatus.BAD_REQUEST, 'Bad Request']],
  [UnknownRunError, [HttpStatus.NOT_FOUND, 'Not Found']],
  // A release or discard the job refused (the dump changed or vanished): the run stays as it was.
  [JobFailedError, [HttpStatus.CONFLICT, 'Conflict']],
]);

/** What the ingest side refuses becomes a JSON error in Nest's shape, with the message saying why. */
@Catch(IngestRequestError, UnknownRunError, JobFailedError)
export class IngestErrorFilter implements ExceptionFilter {
  catch(error: IngestRequestError | UnknownRunError | JobFailedError, host: ArgumentsHost): void {
    const [statusCode, label] = STATUS_OF.get(error.constructor) as [HttpStatus, string];
    const response = host.switchToHttp().getResponse<JsonResponse>();
    response.status(statusCode).json({ statusCode, error: label, message: error.message });
  }
}
