// jest for the real-browser tests (npm run test:e2e → scripts/e2e.sh): node environment, one slow suite at a time.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
