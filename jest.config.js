/**
 * Two projects: `unit` (tests beside the code in src/, and test/conformance) runs with no services;
 * `integration` needs RabbitMQ/Kafka (scripts/services.sh).
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    '/node_modules/@platformatic/.+\\.js$': '<rootDir>/test/support/esm-package-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@platformatic/)'],
};
module.exports = {
  // One folder per run for temporary files, and a teardown that kills child processes tests left
  // running and deletes that folder (test/support/test-run.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/conformance/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/test-services.ts',
    },
  ],
};
