import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { WebhookClient } from './webhook-client.js';

/** Closes the client's kept-alive connections once the queue has let active deliveries finish. */
@Injectable()
export class WebhookClientCloser implements OnApplicationShutdown {
  constructor(private readonly client: WebhookClient) {}

  onApplicationShutdown(): void {
    this.client.close();
  }
}
