export {
  createScratchPgliteDirectory,
  createScratchPostgresDatabase,
  createScratchStorage,
  openScratchDatabase,
  TEST_ADMIN_URL,
  type ScratchDatabase,
  type ScratchStorage,
} from './scratch-storage.js';
export { recordRealDump, recordRealDumps } from './record-real-dump.js';
