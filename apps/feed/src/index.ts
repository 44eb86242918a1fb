export { createFeedApp, startFeedServer, type FeedAppOptions, type FeedServer, type StartFeedServerOptions } from './bootstrap.js';
export { DEFAULT_FRESHNESS_MS, DEFAULT_PORT, FEED_CONFIG, FeedConfigError, loadFeedConfig, type FeedConfig } from './config/feed-config.js';
export { FeedAppModule, type FeedAppModuleOptions } from './feed-app.module.js';
export { DATABASE } from './storage/database.module.js';
