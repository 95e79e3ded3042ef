/** The `compression` values of a kafka sink block (kept apart from the codecs, which load kafkajs). */
export type CompressionName = 'none' | 'gzip' | 'lz4' | 'snappy' | 'zstd';
export const COMPRESSION_NAMES: readonly CompressionName[] = ['none', 'gzip', 'lz4', 'snappy', 'zstd'];
