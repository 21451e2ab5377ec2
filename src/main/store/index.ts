// The store's public surface for services, the shell and the CLI.
export { openStore, DEFAULT_BACKUP_INTERVAL_MS, type Store, type StoreOpenOptions } from './open-store';
export type { DataStore, OpenStoreOptions } from './types';
export {
  StoreError,
  StoreLockedError,
  StoreDamagedError,
  NewerSchemaError,
  InvalidDocumentError,
  type StoreErrorCode,
  type LockOwner,
} from './errors';
export { CURRENT_SCHEMA_VERSION, GroupDocSchema, IndexDocSchema, defaultIndexDoc, type GroupDoc, type IndexDoc } from './documents';
export { inspectDocument, type Inspection } from './inspect-document';
export { INDEX_FILE, GROUPS_DIR, BACKUPS_DIR, QUARANTINE_DIR, groupFile } from './layout';
export { DOCUMENT_KINDS, kindOfFile, listDataFiles, type DocumentKind } from './kinds';
export { selectBackupsToKeep, KEEP_NEWEST, KEEP_DAILY, KEEP_WEEKLY } from './backup-retention';
