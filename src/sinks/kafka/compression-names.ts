/** The `compression` values of a kafka sink block: the producer's own names (none, gzip, lz4, snappy, zstd). */
export type CompressionName = 'none' | 'gzip' | 'lz4' | 'snappy' | 'zstd';
export const COMPRESSION_NAMES: readonly CompressionName[] = ['none', 'gzip', 'lz4', 'snappy', 'zstd'];
