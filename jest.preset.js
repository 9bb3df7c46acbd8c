// Shared Jest settings: TypeScript through ts-jest without type checking (the build type-checks),
// and workspace libraries resolved to their sources so tests never need a prior build.
const path = require('path');

module.exports = (dir, overrides = {}) => ({
  rootDir: dir,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.jest.json') }],
  },
  moduleNameMapper: {
    '^@kstthc/(domain|vn-format|plan-import|report)$': path.join(__dirname, 'libs/$1/src/index.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  ...overrides,
});
