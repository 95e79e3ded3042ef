/** Display names the CB forwarder prints for enum values; anything else prints as `unknown (N)`. */
export type NameTable = Readonly<Record<number, string>>;

export function nameOf(table: NameTable, value: number | null | undefined): string {
  const v = value ?? 0;
  return table[v] ?? `unknown (${v})`;
}

export const FILEMOD_ACTIONS: NameTable = { 1: 'create', 2: 'write', 4: 'delete', 8: 'lastwrite' };
export const REGMOD_ACTIONS: NameTable = { 1: 'createkey', 2: 'writeval', 4: 'delkey', 8: 'delval' };
export const CROSSPROC_OPEN_TYPES: NameTable = { 1: 'open_process', 2: 'open_thread' };
export const CHILDPROC_TYPES: NameTable = { 0: 'Exec', 1: 'Fork', 2: 'OtherExec' };
export const TAMPER_TYPES: NameTable = {
  1: 'CoreDriverUnloaded',
  2: 'NetworkDriverUnloaded',
  3: 'CbServiceStopped',
  4: 'CbProcessTerminated',
  5: 'CbCodeInjection',
};
export const BLOCK_EVENTS: NameTable = { 1: 'ProcessCreate', 2: 'RunningProcess' };
export const BLOCK_REASONS: NameTable = { 1: 'Md5Hash' };
export const BLOCK_RESULTS: NameTable = {
  0: 'ProcessTerminated',
  1: 'NotTerminatedCBProcess',
  2: 'NotTerminatedSystemProcess',
  3: 'NotTerminatedCriticalSystemProcess',
  4: 'NotTerminatedWhitelistPath',
  5: 'NotTerminatedOpenProcessError',
  6: 'NotTerminatedTerminateError',
};
export const EMET_MITIGATIONS: NameTable = {
  1: 'Dep',
  2: 'Sehop',
  3: 'Asr',
  4: 'Aslr',
  5: 'NullPage',
  6: 'HeapSpray',
  7: 'MandatoryAslr',
  8: 'Eaf',
  9: 'EafPlus',
  10: 'BottomUpAslr',
  11: 'LoadLibrary',
  12: 'MemoryProtection',
  13: 'SimulateExecFlow',
  14: 'StackPivot',
  15: 'CallerChecks',
  16: 'BannedFunctions',
  17: 'DeepHooks',
  18: 'AntiDetours',
};
/** CbFileType names without their `filetype` prefix; an unlisted value has no name (field omitted). */
export const FILE_TYPES: NameTable = {
  0x00: 'Unknown',
  0x01: 'Pe',
  0x02: 'Elf',
  0x03: 'UniversalBin',
  0x08: 'Eicar',
  0x10: 'OfficeLegacy',
  0x11: 'OfficeOpenXml',
  0x30: 'Pdf',
  0x40: 'ArchivePkzip',
  0x41: 'ArchiveLzh',
  0x42: 'ArchiveLzw',
  0x43: 'ArchiveRar',
  0x44: 'ArchiveTar',
  0x45: 'Archive7zip',
  0x60: 'MsLnk',
  0x70: 'FlashFlv',
  0x71: 'FlashSwf',
};
