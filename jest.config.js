// jest: TypeScript through ts-jest; node tests everywhere, jsdom for the task pane's React components.
// Type-checking is `npm run typecheck`; tests transpile each file alone (isolatedModules) to stay fast.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.test.json' }];
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      // Generous: CLI tests write whole workbooks, and a loaded 2-core machine must not turn them into flaky timeouts.
      testTimeout: 30000,
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/render/'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testTimeout: 30000,
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.tsx'],
    },
  ],
};
