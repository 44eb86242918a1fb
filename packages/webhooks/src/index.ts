export {
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_RETRY_POLICY,
  DEFAULT_RETRY_SCHEDULE_MS,
  JITTER,
  parseRetryAfter,
  parseRetrySchedule,
  retryDelayMs,
  type RetryPolicy,
} from './retry-schedule.js';
export { classifyAttempt, type AttemptResult, type DeliveryOutcome } from './delivery-outcome.js';
export {
  checkWebhookUrl,
  hostAddress,
  refusedAddressReason,
  WebhookUrlRefusedError,
  type AddressPolicy,
} from './address-policy.js';
export {
  DEFAULT_ROTATION_OVERLAP_MS,
  generateSigningSecret,
  signingSecretsAt,
  type SubscriptionSecrets,
} from './signing-secret.js';
export { signMessage, type WebhookHeaders } from './sign-message.js';
export {
  EMPTY_FILTER,
  parseSubscriptionFilter,
  SubscriptionFilterError,
  type SubscriptionFilter,
} from './subscription-filter.js';
