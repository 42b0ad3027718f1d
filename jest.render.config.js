// jest for the rendering check (npm run test:render): LibreOffice renders written workbooks to PDF/PNG; slow, serial.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/render/**/*.test.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
