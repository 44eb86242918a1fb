import { Injectable } from '@nestjs/common';
import { JobHandler } from '../jobs/job-handler.decorator.js';
import type { JobContext, JobHandlerOf } from '../jobs/job-queue.js';
import type { DeliveryRun, DispatchOutcome, JobPayload } from '../jobs/jobs.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';

@Injectable()
@JobHandler('webhooks.dispatch')
export class WebhookDispatchProcessor implements JobHandlerOf<'webhooks.dispatch'> {
  constructor(private readonly deliveries: WebhookDeliveryService) {}

  handle(): Promise<DispatchOutcome> {
    return this.deliveries.dispatchDue();
  }
}

@Injectable()
@JobHandler('webhooks.deliver')
export class WebhookDeliverProcessor implements JobHandlerOf<'webhooks.deliver'> {
  constructor(private readonly deliveries: WebhookDeliveryService) {}

  handle({ subscriptionId }: JobPayload<'webhooks.deliver'>, { signal }: JobContext): Promise<DeliveryRun> {
    return this.deliveries.deliverDue(subscriptionId, signal);
  }
}

export const WEBHOOK_PROCESSORS = [WebhookDispatchProcessor, WebhookDeliverProcessor];
