/** Injection token of the validated `WebhooksConfig`. */
export const WEBHOOKS_CONFIG = Symbol('WebhooksConfig');
