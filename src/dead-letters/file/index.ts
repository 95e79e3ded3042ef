export { FileDeadLetterDestination, type FileDeadLetterDeps } from './destination';
export {
  readDeadLetters,
  deadLetterFiles,
  type ReadDeadLettersOptions,
  type SkippedLine,
  type DeadLetterFile,
} from './reader';
export { resolveDeadLetterOptions, type FileDeadLetterOptions, type ResolvedDeadLetterOptions } from './config';
export { DeadLetterConfigError, DeadLetterWriteError, DeadLetterReadError } from './errors';
export { encodeDeadLetters } from './encoder';
export { FileDeadLetterStore, ledgerPath, type FileDeadLetterStoreOptions } from './store';
export { compactDeadLetterFiles, CompactionError, type CompactionReport } from './compaction';
export { RemovalLedger, RemovalLedgerError } from './removal-ledger';
